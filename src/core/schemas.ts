import * as v from 'valibot';

// valibot rather than zod/mini: each of its functions is an independent export, so every bundler keeps
// only the few used here. zod's core reaches its helpers and regexes through namespace objects, which
// Turbopack (Next.js's default bundler) keeps whole: 15.6 kB gz against 2.0 kB for these schemas in a
// Next.js page (test/nextjs/validatorProbe/run.mjs). Every call is marked pure so that an app using
// one API drops the other's schema.

// Response bodies come from JSON.parse, so their members are JSON by construction: checking that a
// category is a plain object is enough, and avoids a recursive schema that deep nesting could overflow.
// The clients validate with these schemas but pass on the body exactly as received: the schemas' output
// copy leaves keys such as `__proto__` and `constructor` out, and users write `unsafe_metadata` themselves;
// an admin must see every key they stored. Hanko sends no null categories, but a proxy or an older
// backend might.
// valibot's object schemas take arrays too (an array is an object, and their output is a copy without
// a trace of it); the APIs send JSON objects, so an array is refused before the object check.
const notAnArray = /* @__PURE__ */ v.custom<object>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  'Invalid type: Expected a JSON object',
);
const category = /* @__PURE__ */ v.optional(
  /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.pipe(notAnArray, /* @__PURE__ */ v.looseObject({}))),
);
// JSON.parse turns `1e400` into Infinity, which is no count or date: numbers must be finite.
const finiteNumber = /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.number(), /* @__PURE__ */ v.finite());
// One instance for several fields: a schema is immutable.
const optionalNumber = /* @__PURE__ */ v.optional(finiteNumber);

/**
 * `GET /v0/{user}` on Synodic. Usage fields are sent only to the owner of the API key; each is
 * checked when present. Unknown fields are kept (the API may grow), unknown `plan` strings are valid.
 */
export const synodicUserSchema = /* @__PURE__ */ v.looseObject({
  created_at: finiteNumber,
  // The docs always show it, but nothing promises it: a missing photo falls back to initials.
  photo_url: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  // Optional here; the client puts `[]` in when it is missing.
  repositories: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.string())),
  autotrain_units: optionalNumber,
  autolabel_images: optionalNumber,
  inference_frames: optionalNumber,
  models_trained: optionalNumber,
  payment_details: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  plan: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** `GET /users/{id}/metadata` on Hanko's admin API: each category present only when non-empty. */
export const hankoUserMetadataSchema = /* @__PURE__ */ v.pipe(
  notAnArray,
  /* @__PURE__ */ v.looseObject({
    public_metadata: category,
    private_metadata: category,
    unsafe_metadata: category,
  }),
);

// Error bodies keep unknown fields too, like every schema here.

/** Hanko's error body: `{"code":404,"message":"user not found"}`. */
export const hankoErrorBodySchema = /* @__PURE__ */ v.looseObject({
  code: optionalNumber,
  message: /* @__PURE__ */ v.string(),
});

/** Synodic's (legacy, undocumented status) error body: `{"error":"User not found"}`. */
export const synodicErrorBodySchema = /* @__PURE__ */ v.looseObject({
  error: /* @__PURE__ */ v.string(),
});
