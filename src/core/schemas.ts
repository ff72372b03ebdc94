import * as z from 'zod/mini';

// Response bodies come from JSON.parse, so their members are JSON by construction: checking that a
// category is a plain object is enough, and avoids a recursive schema that deep nesting could overflow.
// A check rather than `z.record`, which copies the object and silently drops a `__proto__` key: users
// write `unsafe_metadata` themselves, and an admin must see every key they stored.
const jsonObjectSchema = z.custom<Record<string, unknown>>(
  (value) => typeof value === 'object' && value !== null && !Array.isArray(value),
  { error: 'Expected a JSON object' },
);

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
  autotrain_units: z.optional(z.number()),
  autolabel_images: z.optional(z.number()),
  inference_frames: z.optional(z.number()),
  models_trained: z.optional(z.number()),
  payment_details: z.optional(z.boolean()),
  plan: z.optional(z.string()),
});

/** `GET /users/{id}/metadata` on Hanko's admin API: each category present only when non-empty. */
export const hankoUserMetadataSchema = z.looseObject({
  public_metadata: z.optional(z.nullable(jsonObjectSchema)),
  private_metadata: z.optional(z.nullable(jsonObjectSchema)),
  unsafe_metadata: z.optional(z.nullable(jsonObjectSchema)),
});

/** Hanko's error body: `{"code":404,"message":"user not found"}`. */
export const hankoErrorBodySchema = z.object({
  code: z.optional(z.number()),
  message: z.string(),
});

/** Synodic's (legacy, undocumented status) error body: `{"error":"User not found"}`. */
export const synodicErrorBodySchema = z.object({
  error: z.string(),
});
