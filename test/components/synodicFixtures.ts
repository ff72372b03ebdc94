import type { SynodicOwnerUser, SynodicPublicUser } from '../../src/core/SynodicUser';

/** 2021-03-04T00:00:00Z, in Unix seconds as the API sends it. */
export const CREATED_AT = 1_614_816_000;
/** Three years and a bit after CREATED_AT. */
export const NOW = new Date('2024-06-01T12:00:00Z');

export const publicUser: SynodicPublicUser = {
  created_at: CREATED_AT,
  photo_url: 'https://synodic-photos.s3.amazonaws.com/jane.png',
  repositories: ['jane-doe/traffic-cams', 'acme/warehouse'],
};

export const ownerUser: SynodicOwnerUser = {
  ...publicUser,
  autotrain_units: 12,
  autolabel_images: 1_234_567,
  inference_frames: 45_903,
  models_trained: 3,
  payment_details: true,
  plan: 'pay-as-you-go',
};

export const SYNODIC_USER_URL = 'https://api.synodic.ai/v0/:user';
