import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { exactNumber } from '../../src/core/exactNumber';
import { parseExactJson } from '../../src/core/parseExactJson';
import type { HankoUserMetadata } from '../../src/core/HankoUserMetadata';
import { metadataFingerprint } from '../../src/core/metadataFingerprint';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('metadataFingerprint', () => {
  it('is the SHA-256 of the canonical JSON: keys sorted, compact, exact numbers as written', async () => {
    const metadata = parseExactJson(
      '{"unsafe_metadata":{"b":1.0,"a":[{"y":2,"x":null}]},"public_metadata":{"role":"admin"}}',
    ) as HankoUserMetadata;
    expect(await metadataFingerprint(metadata)).toBe(
      sha256('{"public_metadata":{"role":"admin"},"unsafe_metadata":{"a":[{"x":null,"y":2}],"b":1.0}}'),
    );
  });

  it('ignores key order and empty categories; no metadata is the fingerprint of null', async () => {
    const one = await metadataFingerprint({ public_metadata: { a: 1, b: 2 }, private_metadata: {} });
    const two = await metadataFingerprint({ public_metadata: { b: 2, a: 1 } });
    expect(one).toBe(two);
    expect(await metadataFingerprint(null)).toBe(sha256('null'));
    expect(await metadataFingerprint({ unsafe_metadata: {} })).toBe(sha256('null'));
  });

  it('covers only the categories asked for', async () => {
    const metadata = { public_metadata: { a: 1 }, private_metadata: { secret: 'x' } };
    expect(await metadataFingerprint(metadata, ['public_metadata'])).toBe(sha256('{"public_metadata":{"a":1}}'));
    expect(await metadataFingerprint(metadata, ['unsafe_metadata'])).toBe(sha256('null'));
  });

  it('differs when a value changes, also only in its number text', async () => {
    const base = await metadataFingerprint({ public_metadata: { quota: 1 } });
    expect(await metadataFingerprint({ public_metadata: { quota: 2 } })).not.toBe(base);
    expect(await metadataFingerprint({ public_metadata: { quota: exactNumber('1.0') } })).not.toBe(base);
    expect(await metadataFingerprint({ private_metadata: { quota: 1 } })).not.toBe(base);
  });
});
