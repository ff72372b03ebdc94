import type { SynodicOwnerUser, SynodicPublicUser } from '../core/SynodicUser';

/**
 * A photo that loads without internet: `avatar-demo.svg` next to the page (this repo serves it from
 * `public/`, so Storybook and its static build have it). Resolved against the document so it is an
 * absolute http(s) URL, the only kind ProfileCard renders, and works under a sub-path deployment.
 * Outside a browser there is no document; the URL is then only data.
 */
function demoPhotoUrl(): string {
  const base = typeof document === 'undefined' ? 'http://localhost/' : document.baseURI;
  return new URL('avatar-demo.svg', base).href;
}

/** The photo URL shape Synodic really sends: an object in its S3 bucket. */
export const SYNODIC_S3_PHOTO_URL = 'https://synodic-profile.s3.amazonaws.com/lowoyylw.png';

const OWNERS = ['acme-vision', 'example', 'roboflow-labs', 'ada', 'open-datasets', 'factory-floor'];
const PROJECTS = ['coffee', 'cars', 'pcb-defects', 'forklift-safety', 'bird-species', 'ppe-detection', 'weeds', 'fish'];

/**
 * `count` distinct, realistic `"owner/name"` repositories, the same list for the same count, for
 * "200 repositories" stories and tests.
 */
export function generateRepositories(count: number): string[] {
  return Array.from({ length: count }, (_, index) => {
    const owner = OWNERS[index % OWNERS.length];
    const project = PROJECTS[Math.floor(index / OWNERS.length) % PROJECTS.length];
    const round = Math.floor(index / (OWNERS.length * PROJECTS.length));
    return `${owner}/${project}${round === 0 ? '' : `-v${round + 1}`}`;
  });
}

/** The shape of `synodicFixtures`. */
export interface SynodicFixtures {
  username: string;
  longUsername: string;
  demoPhotoUrl: string;
  s3PhotoUrl: string;
  ownerUser: SynodicOwnerUser;
  publicUser: SynodicPublicUser;
  heavyUser: SynodicOwnerUser;
  newUser: SynodicOwnerUser;
}

/**
 * Realistic Synodic users, shaped like the examples in Synodic's docs. Handlers copy them before
 * answering, so a test that mutates one it received cannot leak into the next.
 */
export const synodicFixtures: SynodicFixtures = {
  /** The username the fixtures belong to; initials come from it. */
  username: 'ada-lovelace',
  /** A name long enough to test truncation and wrapping. */
  longUsername: 'maximilian-alexander-von-hohenzollern-sigmaringen-computer-vision-research-group',
  demoPhotoUrl: demoPhotoUrl(),
  s3PhotoUrl: SYNODIC_S3_PHOTO_URL,
  /** What the owner sees with their own API key: public fields plus plan and usage. */
  ownerUser: {
    // 2024-05-28, the date in Synodic's own example.
    created_at: 1716899295,
    photo_url: demoPhotoUrl(),
    repositories: ['example/coffee', 'example/cars', 'ada-lovelace/pcb-defects'],
    autotrain_units: 150,
    autolabel_images: 495,
    inference_frames: 45903,
    models_trained: 2,
    payment_details: true,
    plan: 'pay-as-you-go',
  },
  /** What anyone else sees: no plan, no usage. */
  publicUser: {
    created_at: 1716899295,
    photo_url: demoPhotoUrl(),
    repositories: ['example/coffee', 'example/cars', 'ada-lovelace/pcb-defects'],
  },
  /** An owner with usage in the millions and billions, for compact number formatting. */
  heavyUser: {
    created_at: 1577836800,
    photo_url: demoPhotoUrl(),
    repositories: generateRepositories(12),
    autotrain_units: 1_234_567,
    autolabel_images: 98_765_432,
    inference_frames: 4_503_599_627,
    models_trained: 1_024,
    payment_details: true,
    plan: 'enterprise',
  },
  /** A new account: nothing used, no payment method on file yet. */
  newUser: {
    created_at: 1767225600,
    photo_url: null,
    repositories: [],
    autotrain_units: 0,
    autolabel_images: 0,
    inference_frames: 0,
    models_trained: 0,
    payment_details: false,
    plan: 'pay-as-you-go',
  },
};
