// Compile-time checks of the published types, for `tsc --noEmit` only (nothing imports this file).
// Each assertion fails if a type degrades to `any` or changes shape, which `skipLibCheck` would not show.
import type { QueryClient } from '@tanstack/react-query';
import { createElement, createRef } from 'react';
import {
  type ApiError,
  type HankoUserMetadata,
  isApiError,
  ProfileCard,
  type ProfileCardProps,
  SynodicProfileCard,
  type SynodicUser,
  useHankoMetadata,
  useSynodicUser,
  useUpdateHankoMetadata,
} from 'react-user-metadata';
import type * as mainEntry from 'react-user-metadata';
import {
  createMetadataPatch,
  createSynodicClient,
  hankoKeys,
  type SynodicUserQueryKey,
  synodicUserQueryOptions,
} from 'react-user-metadata/core';
import type * as coreEntry from 'react-user-metadata/core';
import { hankoHandlers, sequence, synodicHandlers } from 'react-user-metadata/msw';
import { createUserMetadataHandler, toNodeHandler } from 'react-user-metadata/server';
import { teamMetadataSchema } from './HooksPanel';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** Compiles only when `T` is exactly `true`. */
export type Expect<T extends true> = T;

export function useHookTypes() {
  const count = useSynodicUser('ada', { query: { select: (user) => user.repositories.length } });
  const role = useHankoMetadata('3f2504e0-4f89-41d3-9a0c-0305e82c3301', {
    schemas: { public_metadata: teamMetadataSchema },
    query: { select: (metadata) => metadata?.public_metadata?.role },
  });
  const user = useSynodicUser('ada');
  return [count, role, user] as const;
}
// An app's metadata typed with interfaces, which have no index signature for `JsonObject` to match.
interface TeamPublicMetadata {
  role: 'admin' | 'member';
}
interface TeamMetadata {
  public_metadata?: TeamPublicMetadata;
}
export function useInterfaceTypes() {
  return useHankoMetadata<TeamMetadata>('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
}
export type InterfaceChecks = Expect<
  Equal<NonNullable<ReturnType<typeof useInterfaceTypes>['data']>['public_metadata'], TeamPublicMetadata | undefined>
>;
type HookResults = ReturnType<typeof useHookTypes>;
export type HookChecks = [
  Expect<Equal<HookResults[0]['data'], number | undefined>>,
  Expect<Equal<HookResults[1]['data'], string | undefined>>,
  Expect<Equal<HookResults[2]['data'], SynodicUser | undefined>>,
  Expect<Equal<HookResults[2]['error'], ApiError | null>>,
  Expect<Equal<HookResults[2]['queryKey'], SynodicUserQueryKey>>,
];

export function errorTypes(error: unknown) {
  if (!isApiError(error)) return undefined;
  // @ts-expect-error: `status` may be undefined until the kind is known
  const early: number = error.status;
  if (error.is('http')) {
    const status: number = error.status;
    const message: string | undefined = error.serverMessage;
    return { early, status, message };
  }
  return undefined;
}

export function cacheTypes(queryClient: QueryClient) {
  const options = synodicUserQueryOptions(createSynodicClient(), 'ada');
  const cached = queryClient.getQueryData(options.queryKey);
  const metadataKey = hankoKeys.metadata('/api/hanko', '3f2504e0-4f89-41d3-9a0c-0305e82c3301');
  // @ts-expect-error: the options' key is typed with its data; a number is not a SynodicUser
  queryClient.setQueryData(options.queryKey, 42);
  return { cached, metadataKey };
}
export type CacheChecks = Expect<Equal<ReturnType<typeof cacheTypes>['cached'], SynodicUser | undefined>>;

export function componentTypes(user: SynodicUser, metadata: HankoUserMetadata) {
  const ref = createRef<HTMLElement>();
  const props: ProfileCardProps = { user, username: 'ada' };
  // @ts-expect-error: a connected card needs the username it fetches
  const missing = createElement(SynodicProfileCard, {});
  return [createElement(ProfileCard, { ...props, ref }), missing, metadata] as const;
}

export function mockTypes() {
  // @ts-expect-error: Hanko never answers 418; the factories list the statuses it does
  hankoHandlers.status(418);
  return sequence(synodicHandlers.serverError(), synodicHandlers.user({ view: 'public' }));
}

export function serverTypes() {
  // @ts-expect-error: the proxy refuses to exist without an `authorize` decision
  createUserMetadataHandler({ hanko: { baseUrl: 'https://t.hanko.io/admin', apiKey: 'k' } });
  const handler = createUserMetadataHandler({
    synodic: { apiKey: 'k' },
    authorize: (request, target) => request.method === 'GET' && target.service === 'synodic',
  });
  const response: Promise<Response> = handler(new Request('http://localhost/api/synodic/ada'));
  return { response, node: toNodeHandler(handler) };
}

// An edit as the README writes it: the hook from the main entry, the patch from /core.
export function useEditTypes(base: HankoUserMetadata | null) {
  const update = useUpdateHankoMetadata('3f2504e0-4f89-41d3-9a0c-0305e82c3301');
  const draft = { ...base, public_metadata: { ...base?.public_metadata, quota: 20 } };
  update.mutate({ base, patch: createMetadataPatch(base, draft) });
  return update;
}

// The tools for changing metadata, the server helpers and the response schemas are exported from /core only
// (README, Breaking changes). The exact difference between the two entries' values is pinned, so a name that
// comes back to the main entry, or leaves /core, fails here.
type CoreOnly =
  | 'createMetadataPatch'
  | 'applyMetadataPatch'
  | 'isHankoMetadataPatch'
  | 'patchCategories'
  | 'diffMetadata'
  | 'startMetadataDiff'
  | 'rebaseMetadataDraft'
  | 'jsonEqual'
  | 'metadataFingerprint'
  | 'METADATA_FINGERPRINT_HEADER'
  | 'metadataSize'
  | 'assertMetadataFits'
  | 'findOversizedCategory'
  | 'METADATA_CATEGORY_LIMIT'
  | 'METADATA_CONFLICT_MESSAGE'
  | 'withholdFromDehydratedState'
  | 'withholdMetadataCategories'
  | 'parseWithheldCategories'
  | 'WITHHELD_CATEGORIES_HEADER'
  | 'DEFAULT_WITHHELD_CATEGORIES'
  | 'hankoUserMetadataSchema'
  | 'synodicUserSchema'
  | 'hankoErrorBodySchema'
  | 'synodicErrorBodySchema';
export type EntryChecks = [
  Expect<Equal<Exclude<keyof typeof coreEntry, keyof typeof mainEntry>, CoreOnly>>,
  Expect<Equal<Extract<keyof typeof mainEntry, CoreOnly>, never>>,
  Expect<Equal<Extract<keyof typeof mainEntry, 'hankoMetadataMutationOptions'>, 'hankoMetadataMutationOptions'>>,
];

// The moved types: each is exported from /core, and naming it on the main entry must stay an error.
export type CoreOnlyTypes = [
  coreEntry.MetadataChange,
  coreEntry.MetadataChangeKind,
  coreEntry.MetadataDiff,
  coreEntry.RebasedMetadataDraft,
  coreEntry.JsonKey,
];
// @ts-expect-error MetadataChange is exported from /core only.
export type MainMetadataChange = mainEntry.MetadataChange;
// @ts-expect-error MetadataChangeKind is exported from /core only.
export type MainMetadataChangeKind = mainEntry.MetadataChangeKind;
// @ts-expect-error MetadataDiff is exported from /core only.
export type MainMetadataDiff = mainEntry.MetadataDiff;
// @ts-expect-error RebasedMetadataDraft is exported from /core only.
export type MainRebasedMetadataDraft = mainEntry.RebasedMetadataDraft;
// @ts-expect-error JsonKey is exported from /core only.
export type MainJsonKey = mainEntry.JsonKey;
