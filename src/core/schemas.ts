import * as z from 'zod/mini';

// Response bodies come from JSON.parse, so their members are JSON by construction: checking that a
// category is a plain object is enough, and avoids a recursive schema that deep nesting could overflow.
// zod's output copy of an object leaves a `__proto__` key out, so the client validates with this schema
// but passes on the categories exactly as received: users write `unsafe_metadata` themselves, and an
// admin must see every key they stored. (An object schema rather than `z.custom`, which would add a
// schema class to every bundle.) Hanko sends no null categories, but a proxy or an older backend might.
const category = z.optional(z.nullable(z.looseObject({})));
// One instance for several fields: a schema is immutable, and each constructor call costs bytes.
const optionalNumber = z.optional(z.number());

/**
 * `GET /v0/{user}` on Synodic. Usage fields are sent only to the owner of the API key; each is
 * checked when present. Unknown fields are kept (the API may grow), unknown `plan` strings are valid.
 */
export const synodicUserSchema = z.looseObject({
  created_at: z.number(),
  // The docs always show it, but nothing promises it: a missing photo falls back to initials.
  photo_url: z.optional(z.nullable(z.string())),
  // Optional here; the client puts `[]` in when it is missing.
  repositories: z.optional(z.array(z.string())),
  autotrain_units: optionalNumber,
  autolabel_images: optionalNumber,
  inference_frames: optionalNumber,
  models_trained: optionalNumber,
  payment_details: z.optional(z.boolean()),
  plan: z.optional(z.string()),
});

/** `GET /users/{id}/metadata` on Hanko's admin API: each category present only when non-empty. */
export const hankoUserMetadataSchema = z.looseObject({
  public_metadata: category,
  private_metadata: category,
  unsafe_metadata: category,
});

// Error bodies keep unknown fields too, like every schema here: one object factory fewer in the bundle.

/** Hanko's error body: `{"code":404,"message":"user not found"}`. */
export const hankoErrorBodySchema = z.looseObject({
  code: optionalNumber,
  message: z.string(),
});

/** Synodic's (legacy, undocumented status) error body: `{"error":"User not found"}`. */
export const synodicErrorBodySchema = z.looseObject({
  error: z.string(),
});
