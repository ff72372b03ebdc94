import { dehydrate, QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { createHankoClient } from '../../src/core/createHankoClient';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { hankoMetadataQueryOptions } from '../../src/core/hankoMetadataQueryOptions';
import { synodicKeys } from '../../src/core/queryKeys';
import { parseWithheldCategories, withholdMetadataCategories } from '../../src/core/withheldCategories';
import { withholdFromDehydratedState } from '../../src/core/withholdFromDehydratedState';

const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const FULL: HankoUserMetadata = {
  public_metadata: { role: 'admin' },
  private_metadata: { stripe: 'cus_PRIVATE' },
  unsafe_metadata: { theme: 'dark' },
};

describe('withholdMetadataCategories', () => {
  it('drops private metadata by default and marks it withheld, leaving its argument alone', () => {
    const before = structuredClone(FULL);
    expect(withholdMetadataCategories(FULL)).toEqual({
      public_metadata: { role: 'admin' },
      unsafe_metadata: { theme: 'dark' },
      withheld_categories: ['private_metadata'],
    });
    expect(FULL).toEqual(before);
  });

  it('drops exactly the categories given, keeping an earlier mark', () => {
    const once = withholdMetadataCategories(FULL, ['unsafe_metadata']);
    expect(once).toEqual({
      public_metadata: { role: 'admin' },
      private_metadata: { stripe: 'cus_PRIVATE' },
      withheld_categories: ['unsafe_metadata'],
    });
    expect(withholdMetadataCategories(once, ['private_metadata'])).toEqual({
      public_metadata: { role: 'admin' },
      withheld_categories: ['private_metadata', 'unsafe_metadata'],
    });
  });

  it('turns null into a mark when something is withheld, and leaves it null when nothing is', () => {
    expect(withholdMetadataCategories(null)).toEqual({ withheld_categories: ['private_metadata'] });
    expect(withholdMetadataCategories(null, [])).toBeNull();
    expect(withholdMetadataCategories(FULL, [])).toBe(FULL);
  });
});

describe('parseWithheldCategories', () => {
  it.each([
    [null, []],
    ['', []],
    ['private_metadata', ['private_metadata']],
    ['unsafe_metadata, private_metadata', ['private_metadata', 'unsafe_metadata']],
    ['private_metadata,bogus, public_metadata', ['public_metadata', 'private_metadata']],
    ['PRIVATE_METADATA', []],
  ])('reads %j as %j', (header, expected) => {
    expect(parseWithheldCategories(header)).toEqual(expected);
  });
});

describe('withholdFromDehydratedState', () => {
  const hanko = createHankoClient({ baseUrl: '/api/hanko' });

  it('filters every Hanko metadata query and leaves the other queries and the original state alone', () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(hankoMetadataQueryOptions(hanko, USER).queryKey, FULL);
    queryClient.setQueryData(
      hankoMetadataQueryOptions(hanko, '11111111-2222-4333-8444-555555555555').queryKey,
      null,
    );
    const synodicKey = synodicKeys.user('https://api.synodic.ai/v0', 'ada', false);
    queryClient.setQueryData(synodicKey, { private_metadata: 'not a Hanko query' });
    const state = dehydrate(queryClient);
    const before = JSON.stringify(state);

    const filtered = withholdFromDehydratedState(state);
    const dataOf = (key: readonly unknown[]) =>
      filtered.queries.find((query) => JSON.stringify(query.queryKey) === JSON.stringify(key))?.state.data;
    expect(dataOf(hankoMetadataQueryOptions(hanko, USER).queryKey)).toEqual({
      public_metadata: { role: 'admin' },
      unsafe_metadata: { theme: 'dark' },
      withheld_categories: ['private_metadata'],
    });
    expect(dataOf(hankoMetadataQueryOptions(hanko, '11111111-2222-4333-8444-555555555555').queryKey)).toEqual({
      withheld_categories: ['private_metadata'],
    });
    expect(dataOf(synodicKey)).toEqual({ private_metadata: 'not a Hanko query' });
    expect(JSON.stringify(filtered)).not.toContain('cus_PRIVATE');
    expect(JSON.stringify(state)).toBe(before);
  });

  it("filters a pending query's promise, for streamed rendering", async () => {
    const queryClient = new QueryClient();
    let answer: (metadata: HankoUserMetadata) => void = () => undefined;
    const options = hankoMetadataQueryOptions(hanko, USER);
    void queryClient.prefetchQuery({
      queryKey: options.queryKey,
      queryFn: () => new Promise<HankoUserMetadata>((resolve) => (answer = resolve)),
    });
    const state = dehydrate(queryClient, { shouldDehydrateQuery: () => true });
    const filtered = withholdFromDehydratedState(state);
    const pending = filtered.queries[0];
    expect(pending?.state.data).toBeUndefined();
    answer(FULL);
    expect(await pending?.promise).toEqual({
      public_metadata: { role: 'admin' },
      unsafe_metadata: { theme: 'dark' },
      withheld_categories: ['private_metadata'],
    });
  });
});
