import type { DehydratedState, QueryKey } from '@tanstack/react-query';
import type { HankoUserMetadata, MetadataCategory } from './HankoUserMetadata';
import { hankoKeys } from './queryKeys';
import { DEFAULT_WITHHELD_CATEGORIES, withholdMetadataCategories } from './withheldCategories';

function isHankoMetadataKey(queryKey: QueryKey): boolean {
  const [root, service] = hankoKeys.all;
  return queryKey[0] === root && queryKey[1] === service && queryKey[3] === 'metadata';
}

/**
 * A copy of a dehydrated cache in which every Hanko metadata query has lost the given categories
 * (private metadata unless told otherwise), marked as withheld. Call it between `dehydrate` and
 * whatever sends the state to the browser: the state is serialized into the page, so what is left in
 * it is in the HTML, whether or not a component shows it. A pending query's promise is filtered too,
 * for streamed rendering. Other queries and the state passed in are left as they are.
 */
export function withholdFromDehydratedState(
  state: DehydratedState,
  categories: readonly MetadataCategory[] = DEFAULT_WITHHELD_CATEGORIES,
): DehydratedState {
  const withhold = (data: unknown) =>
    data === undefined ? data : withholdMetadataCategories(data as HankoUserMetadata | null, categories);
  return {
    ...state,
    queries: state.queries.map((query) => {
      if (!isHankoMetadataKey(query.queryKey)) return query;
      const filtered = { ...query, state: { ...query.state, data: withhold(query.state.data) } };
      return query.promise ? { ...filtered, promise: query.promise.then(withhold) } : filtered;
    }),
  };
}
