// Type tests, checked by `npm run typecheck` (nothing runs them): the one metadata type parameter.
import type { QueryClient } from '@tanstack/react-query';
import type { HankoClient } from '../../src/core/createHankoClient';
import type { HankoMetadataData, HankoUserMetadata, WithheldCategoriesMark } from '../../src/core/HankoUserMetadata';
import { hankoMetadataQueryOptions } from '../../src/core/hankoMetadataQueryOptions';
import type { StandardSchemaV1 } from '../../src/core/StandardSchema';
import {
  type UseHankoMetadataParameters,
  type UseHankoMetadataSuspenseParameters,
  useHankoMetadata,
  useHankoMetadataSuspense,
} from '../../src/react/useHankoMetadata';
import {
  type UseSynodicUserParameters,
  type UseSynodicUserSuspenseParameters,
  useSynodicUserSuspense,
} from '../../src/react/useSynodicUser';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Expect<T extends true> = T;

const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
declare const client: HankoClient;
declare const queryClient: QueryClient;

// Interfaces all the way down: none has the index signature `JsonObject` has.
interface Team {
  name: string;
}
interface PublicMetadata {
  role: 'admin' | 'member';
  teams: Team[];
}
interface AppMetadata {
  public_metadata?: PublicMetadata;
  private_metadata?: { stripeCustomer: string };
}

declare const publicSchema: StandardSchemaV1<unknown, PublicMetadata>;

export function useInterfaceMetadata() {
  const plain = useHankoMetadata(USER);
  const typed = useHankoMetadata<AppMetadata>(USER);
  const selected = useHankoMetadata<AppMetadata, string | undefined>(USER, {
    query: { select: (metadata) => metadata?.public_metadata?.teams[0]?.name },
  });
  const suspended = useHankoMetadataSuspense<AppMetadata>(USER);
  const inferred = useHankoMetadata(USER, { schemas: { public_metadata: publicSchema } });
  // @ts-expect-error: a schema for something that is not a Hanko category
  useHankoMetadata(USER, { schemas: { public_metadata: publicSchema, role_metadata: publicSchema } });
  // @ts-expect-error: a category is an object, never a string
  useHankoMetadata<{ public_metadata?: string }>(USER);
  return { plain, typed, selected, suspended, inferred };
}

type Hooks = ReturnType<typeof useInterfaceMetadata>;
export type HookChecks = [
  Expect<Equal<Hooks['plain']['data'], HankoMetadataData | undefined>>,
  Expect<Equal<NonNullable<Hooks['plain']['data']>['public_metadata'], HankoUserMetadata['public_metadata']>>,
  Expect<Equal<NonNullable<Hooks['typed']['data']>['public_metadata'], PublicMetadata | undefined>>,
  Expect<Equal<Hooks['selected']['data'], string | undefined>>,
  // Suspense: loaded data only, never `undefined`. The library's withheld mark rides along with any shape.
  Expect<Equal<Hooks['suspended']['data'], (Partial<AppMetadata> & WithheldCategoriesMark) | null>>,
  Expect<Equal<NonNullable<Hooks['inferred']['data']>['public_metadata'], PublicMetadata | undefined>>,
];

export async function optionsWithInterfaces() {
  const options = hankoMetadataQueryOptions<AppMetadata>(client, USER);
  const fetched = await queryClient.fetchQuery(options);
  const cached = queryClient.getQueryData(options.queryKey);
  return { fetched, cached };
}
type Fetched = Awaited<ReturnType<typeof optionsWithInterfaces>>;
export type OptionsChecks = [
  Expect<Equal<Fetched['fetched'], (Partial<AppMetadata> & WithheldCategoriesMark) | null>>,
  Expect<Equal<Fetched['cached'], (Partial<AppMetadata> & WithheldCategoriesMark) | null | undefined>>,
];

// The Suspense parameters are the plain ones with another `query`, not a copy that can drift.
export type SuspenseParameterChecks = [
  Expect<
    Equal<UseHankoMetadataSuspenseParameters<AppMetadata>['schemas'], UseHankoMetadataParameters<AppMetadata>['schemas']>
  >,
  Expect<Equal<UseHankoMetadataSuspenseParameters['client'], UseHankoMetadataParameters['client']>>,
  Expect<Equal<UseSynodicUserSuspenseParameters['client'], UseSynodicUserParameters['client']>>,
  Expect<Equal<ReturnType<typeof useSynodicUserSuspense<number>>['data'], number>>,
];
