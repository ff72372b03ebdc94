import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { isJsonObject } from '../../src/core/exactJson';
import type { JsonValue } from '../../src/core/json';
import { isSynodicOwnerView } from '../../src/core/SynodicUser';
import { hankoUserMetadataSchema, synodicUserSchema } from '../../src/core/schemas';
import { generateRepositories, hankoFixtures, synodicFixtures } from '../../src/msw';

/** Paths of object members that are null: Hanko deletes those in a merge patch, so it never sends any. */
function nullMembers(value: JsonValue, path: string): string[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => (item === null ? [] : nullMembers(item, `${path}.${index}`)));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, member]) =>
    member === null ? [`${path}.${key}`] : nullMembers(member, `${path}.${key}`),
  );
}

const metadataFixtures = Object.entries(hankoFixtures).filter(
  (entry): entry is [string, HankoUserMetadata] =>
    typeof entry[1] === 'object' && /_metadata$/.test(Object.keys(entry[1])[0] ?? ''),
);

describe('hankoFixtures', () => {
  it('offers the metadata fixtures the stories rely on', () => {
    expect(metadataFixtures.map(([name]) => name).sort()).toEqual(
      ['deep', 'full', 'longValues', 'privateOnly', 'publicOnly', 'wide'].sort(),
    );
  });

  it.each(metadataFixtures)(
    '%s is what Hanko could send: schema-valid, non-empty, <= 3,000 characters, no null members',
    (_name, metadata) => {
      expect(v.is(hankoUserMetadataSchema, metadata)).toBe(true);
      for (const [category, value] of Object.entries(metadata)) {
        expect(Object.keys(value as object).length, category).toBeGreaterThan(0);
        expect(JSON.stringify(value).length, category).toBeLessThanOrEqual(3000);
        expect(nullMembers(value as JsonValue, category)).toEqual([]);
      }
    },
  );

  it('has arrays with null items and every JSON type, so the tree shows each kind of value', () => {
    const text = JSON.stringify(hankoFixtures.full);
    expect(hankoFixtures.privateMetadata.previous_plans).toContain(null);
    expect(text).toMatch(/"[^"]+":\d+\.\d+/);
    expect(text).toMatch(/:true|:false/);
  });

  it('deep nests ten levels and wide has 80 keys', () => {
    let node: JsonValue | undefined = hankoFixtures.deep.public_metadata;
    let depth = 0;
    while (isJsonObject(node) && `level_${depth + 1}` in node) {
      node = node[`level_${depth + 1}`];
      depth += 1;
    }
    expect(depth).toBe(10);
    expect(Object.keys(hankoFixtures.wide.public_metadata ?? {})).toHaveLength(80);
  });

  it('uses canonical UUIDs for the users', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
    expect(hankoFixtures.userId).toMatch(uuid);
    expect(hankoFixtures.otherUserId).toMatch(uuid);
  });
});

describe('synodicFixtures', () => {
  it.each(['ownerUser', 'publicUser', 'heavyUser', 'newUser'] as const)(
    '%s passes the Synodic response schema',
    (name) => {
      expect(v.is(synodicUserSchema, synodicFixtures[name])).toBe(true);
    },
  );

  it('tells the owner view from the public one', () => {
    expect(isSynodicOwnerView(synodicFixtures.ownerUser)).toBe(true);
    expect(isSynodicOwnerView(synodicFixtures.publicUser)).toBe(false);
  });

  it('points the default photo at the same-origin demo avatar, as an absolute http(s) URL', () => {
    expect(synodicFixtures.ownerUser.photo_url).toBe(new URL('/avatar-demo.svg', document.baseURI).href);
    expect(synodicFixtures.demoPhotoUrl).toMatch(/^https?:\/\/.+\/avatar-demo\.svg$/);
    expect(synodicFixtures.s3PhotoUrl).toMatch(/^https:\/\/[^/]+\.s3\.amazonaws\.com\//);
  });

  it('generateRepositories gives as many distinct owner/name strings as asked, the same each time', () => {
    const repositories = generateRepositories(200);
    expect(repositories).toHaveLength(200);
    expect(new Set(repositories).size).toBe(200);
    expect(repositories.every((name) => /^[a-z0-9-]+\/[a-z0-9-]+$/.test(name))).toBe(true);
    expect(generateRepositories(200)).toEqual(repositories);
  });
});
