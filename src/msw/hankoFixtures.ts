import type { HankoUserMetadata } from '../core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../core/json';

// Every fixture respects what Hanko's backend guarantees (github.com/teamhanko/hanko, backend v3): each
// category a non-empty object of at most 3,000 characters of compact JSON, object members never null
// (arrays may hold null), key order kept.

const publicMetadata: JsonObject = {
  role: 'admin',
  tags: ['beta', 'early-access', 'design-partner'],
  team: { id: 'team_8c1f2a', name: 'Vision Platform', seats: 12 },
  onboarded: true,
};

const privateMetadata: JsonObject = {
  internal_notes: 'Escalations go to #support-tier2. Renewal call booked for March; do not offer the legacy discount.',
  stripe_customer_id: 'cus_Q2x9LmN4pR7sT1',
  crm_account_id: 48213,
  risk_score: 0.13,
  flags: { manual_review: false, legacy_billing: true },
  previous_plans: ['starter', null, 'team'],
};

const unsafeMetadata: JsonObject = {
  preferences: {
    theme: 'dark',
    language: 'de-DE',
    timezone: 'Europe/Berlin',
    notifications: { email: true, push: false, digest: 'weekly' },
  },
  onboarding_step: 3,
  dismissed_tips: ['keyboard-shortcuts', 'dark-mode'],
  last_seen_version: '2.14.0',
};

/** Nested `depth` levels down, with an array and every scalar type at the bottom. */
function nest(depth: number): JsonObject {
  let node: JsonObject = {
    leaf: 'bottom',
    count: 42,
    ratio: -0.5,
    enabled: false,
    history: [1, null, [2, [3, null]]],
    empty_list: [],
    empty_object: {},
  };
  for (let level = depth; level >= 1; level -= 1) node = { [`level_${level}`]: node };
  return node;
}

const SCALARS: readonly JsonValue[] = ['text', 7, 3.14, true, false, ['a', null], { nested: 'yes' }, '', 0, -12];

/** `count` keys of every JSON type side by side: a flat object as wide as a category allows. */
function widen(count: number): JsonObject {
  const wide: JsonObject = {};
  for (let index = 0; index < count; index += 1) {
    wide[`field_${String(index + 1).padStart(2, '0')}`] = SCALARS[index % SCALARS.length] ?? null;
  }
  return wide;
}

/** The shape of `hankoFixtures`. */
export interface HankoFixtures {
  /** The Hanko user the fixtures belong to. */
  userId: string;
  /** A second user, for "another user" stories and tests. */
  otherUserId: string;
  publicMetadata: JsonObject;
  privateMetadata: JsonObject;
  unsafeMetadata: JsonObject;
  /** All three categories. */
  full: HankoUserMetadata;
  /** Only public metadata: private and unsafe absent, as Hanko leaves empty categories out. */
  publicOnly: HankoUserMetadata;
  /** Only private metadata, for masking stories. */
  privateOnly: HankoUserMetadata;
  /** Ten levels of nesting in public metadata. */
  deep: HankoUserMetadata;
  /** 80 sibling keys of mixed types in public metadata, 40 in unsafe. */
  wide: HankoUserMetadata;
  /** Values that test wrapping: a long URL, a paragraph, a key with spaces and dots. */
  longValues: HankoUserMetadata;
}

/** Realistic Hanko metadata. Handlers copy them before answering, so a mutation in one test cannot leak. */
export const hankoFixtures: HankoFixtures = {
  userId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
  otherUserId: 'b1d7c9a2-5e64-4f0b-9c3d-7a8e2f1b6c40',
  publicMetadata,
  privateMetadata,
  unsafeMetadata,
  full: { public_metadata: publicMetadata, private_metadata: privateMetadata, unsafe_metadata: unsafeMetadata },
  publicOnly: { public_metadata: publicMetadata },
  privateOnly: { private_metadata: privateMetadata },
  deep: { public_metadata: nest(10), unsafe_metadata: unsafeMetadata },
  wide: { public_metadata: widen(80), unsafe_metadata: widen(40) },
  longValues: {
    public_metadata: {
      homepage:
        'https://vision-platform.example.com/teams/8c1f2a/projects/forklift-safety/datasets/2026-01-14/exports?format=coco&split=train',
      bio: 'Computer-vision engineer working on forklift safety and PPE detection. Previously built labelling pipelines for agricultural drones; happy to talk about active learning, dataset versioning and evaluation.',
      'display name.with dots and spaces': 'Ada',
    },
  },
};
