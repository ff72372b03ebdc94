import type { DataTag, QueryFunctionContext } from '@tanstack/react-query';
import { ApiError, type ApiErrorIssue } from './ApiError';
import type { HankoClient } from './createHankoClient';
import type { HankoUserMetadata } from './HankoUserMetadata';
import type { JsonObject } from './json';
import { type HankoMetadataQueryKey, hankoKeys } from './queryKeys';
import { toIssues } from './requestJson';
import { retryDelay, shouldRetry } from './retryPolicy';
import type { StandardSchemaV1 } from './StandardSchema';
import { isUuid } from './validateInput';

/** Optional schemas (zod, valibot, anything Standard Schema) for the categories an app stores. */
export interface HankoMetadataSchemas<
  TPublic extends JsonObject = JsonObject,
  TPrivate extends JsonObject = JsonObject,
  TUnsafe extends JsonObject = JsonObject,
> {
  public_metadata?: StandardSchemaV1<unknown, TPublic>;
  private_metadata?: StandardSchemaV1<unknown, TPrivate>;
  unsafe_metadata?: StandardSchemaV1<unknown, TUnsafe>;
}

export interface HankoMetadataQueryOptions<
  TPublic extends JsonObject = JsonObject,
  TPrivate extends JsonObject = JsonObject,
  TUnsafe extends JsonObject = JsonObject,
> {
  queryKey: DataTag<HankoMetadataQueryKey, HankoUserMetadata<TPublic, TPrivate, TUnsafe> | null, ApiError>;
  queryFn: (
    context: QueryFunctionContext<HankoMetadataQueryKey>,
  ) => Promise<HankoUserMetadata<TPublic, TPrivate, TUnsafe> | null>;
  /** False for an id that is not a UUID, so no request is made. */
  enabled: boolean;
  retry: (failureCount: number, error: ApiError) => boolean;
  retryDelay: (attempt: number) => number;
  structuralSharing: false;
}

/**
 * Query options for one user's metadata. Schemas are applied inside the query function, so every
 * component reading this id should pass the same ones (they are functions and cannot be in the key).
 */
export function hankoMetadataQueryOptions<
  TPublic extends JsonObject = JsonObject,
  TPrivate extends JsonObject = JsonObject,
  TUnsafe extends JsonObject = JsonObject,
>(
  client: HankoClient,
  userId: string | null | undefined,
  schemas?: HankoMetadataSchemas<TPublic, TPrivate, TUnsafe>,
): HankoMetadataQueryOptions<TPublic, TPrivate, TUnsafe> {
  const id = userId ?? '';
  type Data = HankoUserMetadata<TPublic, TPrivate, TUnsafe> | null;
  return {
    queryKey: hankoKeys.metadata(client.baseUrl, id) as HankoMetadataQueryOptions<
      TPublic,
      TPrivate,
      TUnsafe
    >['queryKey'],
    queryFn: async ({ signal }) => {
      // A copy, for schema outputs: an app's own client may hand out an object it keeps.
      const got = await client.getUserMetadata(id, { signal });
      const metadata = got && { ...got };
      const issues: ApiErrorIssue[] = [];
      // Without schemas the type parameters are the app's word, as with any typed fetch. The client
      // leaves out empty categories, Hanko's way of saying "empty": only what is there is validated.
      for (const category in schemas && metadata) {
        const value = (metadata as Record<string, JsonObject>)[category];
        const schema = (schemas as Record<string, StandardSchemaV1<unknown, JsonObject> | undefined>)[category];
        const outcome = value && (await schema?.['~standard'].validate(value));
        if (outcome?.issues) issues.push(...toIssues(outcome.issues, category));
        else if (outcome) (metadata as Record<string, JsonObject>)[category] = outcome.value;
      }
      if (issues[0]) {
        throw new ApiError({
          kind: 'validation',
          service: 'hanko',
          // Worded like the client's own validation errors: to a user, both are unexpected data.
          message: `Hanko: unexpected data at "${issues[0].path}" (HTTP 200).`,
          status: 200,
          issues,
        });
      }
      return metadata as Data;
    },
    enabled: isUuid(id),
    retry: shouldRetry,
    retryDelay,
    // TanStack's structural sharing rebuilds objects by assignment, which turns a user-written
    // "__proto__" key into a prototype change: the key vanishes and its members look inherited.
    structuralSharing: false,
  };
}
