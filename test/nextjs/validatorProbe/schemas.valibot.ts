// The same four schemas with valibot, as src/core/schemas.ts writes them.
import * as v from 'valibot';

const notAnArray = v.custom<object>((value) => typeof value === 'object' && value !== null && !Array.isArray(value));
const finiteNumber = v.pipe(v.number(), v.finite());
const category = v.optional(v.nullable(v.pipe(notAnArray, v.looseObject({}))));
const optionalNumber = v.optional(finiteNumber);

export const schemas = [
  v.looseObject({
    created_at: finiteNumber,
    photo_url: v.optional(v.nullable(v.string())),
    repositories: v.optional(v.array(v.string())),
    autotrain_units: optionalNumber,
    autolabel_images: optionalNumber,
    inference_frames: optionalNumber,
    models_trained: optionalNumber,
    payment_details: v.optional(v.boolean()),
    plan: v.optional(v.string()),
  }),
  v.pipe(notAnArray, v.looseObject({ public_metadata: category, private_metadata: category, unsafe_metadata: category })),
  v.looseObject({ code: optionalNumber, message: v.string() }),
  v.looseObject({ error: v.string() }),
];
