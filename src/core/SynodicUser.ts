/** What Synodic shows of any user. */
export interface SynodicPublicUser {
  /** Account creation time, in Unix seconds. */
  created_at: number;
  /** Profile picture URL (an S3 object). May be missing; may be broken. */
  photo_url?: string | null;
  /** Repositories as `"owner/name"` strings. */
  repositories: string[];
  /** Fields the API may add later are kept, untyped. */
  [field: string]: unknown;
}

/** Usage and plan, sent only when the request carries the API key of the user asked for. */
export interface SynodicUsage {
  autotrain_units: number;
  autolabel_images: number;
  inference_frames: number;
  models_trained: number;
  payment_details: boolean;
  /** Only `"pay-as-you-go"` is documented; any string is accepted. */
  plan: 'pay-as-you-go' | (string & {});
}

/** The owner's view of their own account: public fields plus plan and usage. */
export type SynodicOwnerUser = SynodicPublicUser & SynodicUsage;

/** A validated `GET /v0/{user}` response: the owner's view or another user's. Tell them apart with `isSynodicOwnerView`. */
export type SynodicUser = SynodicPublicUser | SynodicOwnerUser;

/** The fields only the owner's view carries. */
export const USAGE_FIELDS = [
  'autotrain_units',
  'autolabel_images',
  'inference_frames',
  'models_trained',
  'payment_details',
  'plan',
] as const satisfies readonly (keyof SynodicUsage)[];

/** True when the response carries plan and usage, i.e. it was fetched with the user's own API key. */
export function isSynodicOwnerView(user: SynodicUser): user is SynodicOwnerUser {
  return USAGE_FIELDS.every((field) => user[field] !== undefined);
}
