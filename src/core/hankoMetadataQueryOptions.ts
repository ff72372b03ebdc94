import type { DataTag, QueryFunctionContext } from '@tanstack/react-query';
import { ApiError, type ApiErrorIssue } from './ApiError';
import type { HankoClient } from './createHankoClient';
import {
  type HankoMetadataData,
  type HankoMetadataShape,
  type HankoUserMetadata,
  METADATA_CATEGORIES,
  type MetadataCategory,
} from './HankoUserMetadata';
import { type HankoMetadataQueryKey, hankoKeys } from './queryKeys';
import { queryRetry, queryRetryDelay, withAppRetrySettings } from './retryPolicy';
import type { StandardSchemaV1 } from './StandardSchema';
import { toIssues } from './toIssues';
import { isUuid } from './validateInput';

/**
 * Optional schemas (zod, valibot, anything Standard Schema) for the categories an app stores. Passing
 * them is enough to type the data: `TMetadata` is inferred from their outputs.
 */
export type HankoMetadataSchemas<TMetadata extends HankoMetadataShape = HankoUserMetadata> = {
  [Category in keyof TMetadata & MetadataCategory]?: StandardSchemaV1<unknown, TMetadata[Category]>;
};

export interface HankoMetadataQueryOptions<TMetadata extends HankoMetadataShape = HankoUserMetadata> {
  queryKey: DataTag<HankoMetadataQueryKey, HankoMetadataData<TMetadata>, ApiError>;
  queryFn: (context: QueryFunctionContext<HankoMetadataQueryKey>) => Promise<HankoMetadataData<TMetadata>>;
  /** False for an id that is not a UUID, so no request is made. */
  enabled: boolean;
  retry: (failureCount: number, error: ApiError) => boolean;
  retryDelay: (failureCount: number, error: ApiError) => number;
  structuralSharing: false;
}

/** Each category's schema, looked up by name (the typed form cannot be indexed by a plain category). */
type SchemaByCategory = Partial<Record<MetadataCategory, StandardSchemaV1>>;

/**
 * Runs each category present in `metadata` through its schema, if it has one, and returns a copy with the
 * schemas' outputs. Hanko leaves empty categories out, its way of saying "empty": only what is there is
 * validated.
 */
async function validateCategories(metadata: HankoUserMetadata, schemas: SchemaByCategory): Promise<object> {
  const validated: Record<string, unknown> = { ...metadata };
  const issues: ApiErrorIssue[] = [];
  for (const category of METADATA_CATEGORIES) {
    const value = metadata[category];
    const schema = schemas[category];
    if (!value || !schema) continue;
    const outcome = await schema['~standard'].validate(value);
    if (outcome.issues) issues.push(...toIssues(outcome.issues, category));
    else validated[category] = outcome.value;
  }
  const [first] = issues;
  if (first) {
    throw new ApiError({
      kind: 'validation',
      service: 'hanko',
      // Worded like the client's own validation errors: to a user, both are unexpected data.
      message: `Hanko: unexpected data at "${first.path}" (HTTP 200).`,
      status: 200,
      issues,
    });
  }
  return validated;
}

/**
 * Query options for one user's metadata. Schemas are applied inside the query function, so every
 * component reading this id should pass the same ones (they are functions and cannot be in the key).
 * Without schemas, `TMetadata` is the app's word, as with any typed fetch.
 */
export function hankoMetadataQueryOptions<TMetadata extends HankoMetadataShape = HankoUserMetadata>(
  client: HankoClient,
  userId: string | null | undefined,
  schemas?: HankoMetadataSchemas<TMetadata>,
): HankoMetadataQueryOptions<TMetadata> {
  const id = userId ?? '';
  return {
    queryKey: hankoKeys.metadata(client.baseUrl, id) as HankoMetadataQueryOptions<TMetadata>['queryKey'],
    queryFn: withAppRetrySettings(async ({ signal }) => {
      const metadata = await client.getUserMetadata(id, { signal });
      // A copy even without schemas: an app's own client may hand out an object it keeps.
      const checked = metadata && (schemas ? await validateCategories(metadata, schemas) : { ...metadata });
      return checked as HankoMetadataData<TMetadata>;
    }),
    enabled: isUuid(id),
    retry: queryRetry,
    retryDelay: queryRetryDelay,
    // TanStack's structural sharing rebuilds objects by assignment, which turns a user-written
    // "__proto__" key into a prototype change: the key vanishes and its members look inherited.
    structuralSharing: false,
  };
}
