// The library's four response schemas as they were written with zod/mini.
import * as z from 'zod/mini';

const category = z.optional(z.nullable(z.looseObject({})));
const optionalNumber = z.optional(z.number());

export const schemas = [
  z.looseObject({
    created_at: z.number(),
    photo_url: z.optional(z.nullable(z.string())),
    repositories: z.optional(z.array(z.string())),
    autotrain_units: optionalNumber,
    autolabel_images: optionalNumber,
    inference_frames: optionalNumber,
    models_trained: optionalNumber,
    payment_details: z.optional(z.boolean()),
    plan: z.optional(z.string()),
  }),
  z.looseObject({ public_metadata: category, private_metadata: category, unsafe_metadata: category }),
  z.looseObject({ code: optionalNumber, message: z.string() }),
  z.looseObject({ error: z.string() }),
];
