import * as z from 'zod/mini';

// Every call is marked pure: zod marks its factories free of side effects, but bundlers lose that
// through zod's re-exports, and would otherwise keep an unused schema (Hanko's in a Synodic-only app).

// Response bodies come from JSON.parse, so their members are JSON by construction: checking that a
// category is a plain object is enough, and avoids a recursive schema that deep nesting could overflow.
// zod's output copy of an object leaves a `__proto__` key out, so the client validates with this schema
// but passes on the categories exactly as received: users write `unsafe_metadata` themselves, and an
// admin must see every key they stored. (An object schema rather than `z.custom`, which would add a
// schema class to every bundle.) Hanko sends no null categories, but a proxy or an older backend might.
const category = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.looseObject({})));
// One instance for several fields: a schema is immutable, and each constructor call costs bytes.
const optionalNumber = /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number());

/**
 * `GET /v0/{user}` on Synodic. Usage fields are sent only to the owner of the API key; each is
 * checked when present. Unknown fields are kept (the API may grow), unknown `plan` strings are valid.
 */
export const synodicUserSchema = /* @__PURE__ */ z.looseObject({
  created_at: /* @__PURE__ */ z.number(),
  // The docs always show it, but nothing promises it: a missing photo falls back to initials.
  photo_url: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string())),
  // Optional here; the client puts `[]` in when it is missing.
  repositories: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(/* @__PURE__ */ z.string())),
  autotrain_units: optionalNumber,
  autolabel_images: optionalNumber,
  inference_frames: optionalNumber,
  models_trained: optionalNumber,
  payment_details: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.boolean()),
  plan: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});

/** `GET /users/{id}/metadata` on Hanko's admin API: each category present only when non-empty. */
export const hankoUserMetadataSchema = /* @__PURE__ */ z.looseObject({
  public_metadata: category,
  private_metadata: category,
  unsafe_metadata: category,
});

// Error bodies keep unknown fields too, like every schema here: one object factory fewer in the bundle.

/** Hanko's error body: `{"code":404,"message":"user not found"}`. */
export const hankoErrorBodySchema = /* @__PURE__ */ z.looseObject({
  code: optionalNumber,
  message: /* @__PURE__ */ z.string(),
});

/** Synodic's (legacy, undocumented status) error body: `{"error":"User not found"}`. */
export const synodicErrorBodySchema = /* @__PURE__ */ z.looseObject({
  error: /* @__PURE__ */ z.string(),
});
