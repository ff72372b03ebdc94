import { describe, expect, it } from 'vitest';
import { safeHref, safeHttpUrl } from '../../src/components/safeUrl';

const HOSTILE = [
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=',
  'vbscript:msgbox(1)',
  '//evil.example/x.png',
  '\\\\evil.example/x.png',
  'https:\\\\evil.example',
  'https:evil.example',
  'https://',
  'http://[::1',
  'not a url',
  '',
  ' https://example.com/a.png',
  'https://example.com/a b.png',
  'https://exa\u200bmple.com/a.png',
  'https://bank.example@evil.example/',
  'ftp://example.com/a.png',
  'file:///etc/passwd',
];

describe('safeHttpUrl', () => {
  it.each(HOSTILE)('rejects %j', (value) => {
    expect(safeHttpUrl(value)).toBeUndefined();
  });

  it('rejects values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com']]) expect(safeHttpUrl(value)).toBeUndefined();
  });

  it('accepts absolute http and https URLs, normalised', () => {
    expect(safeHttpUrl('https://synodic.s3.amazonaws.com/u/1.png?x=1')).toBe(
      'https://synodic.s3.amazonaws.com/u/1.png?x=1',
    );
    expect(safeHttpUrl('HTTP://Example.com')).toBe('http://example.com/');
  });

  it('rejects app-relative paths: an image source must be absolute', () => {
    expect(safeHttpUrl('/avatar.png')).toBeUndefined();
  });
});

describe('safeHref', () => {
  it.each(HOSTILE)('rejects %j', (value) => {
    expect(safeHref(value)).toBeUndefined();
  });

  it('accepts absolute http(s) URLs', () => {
    expect(safeHref('https://synodic.ai/jane/cams')).toBe('https://synodic.ai/jane/cams');
  });

  it('accepts an app path that starts with one slash, resolving dot segments', () => {
    expect(safeHref('/repos/jane/cams?tab=1#top')).toBe('/repos/jane/cams?tab=1#top');
    expect(safeHref('/repos/../../admin')).toBe('/admin');
  });

  it('rejects paths a browser would read as another host', () => {
    expect(safeHref('//evil.example')).toBeUndefined();
    expect(safeHref('/\\evil.example')).toBeUndefined();
    expect(safeHref('/\t/evil.example')).toBeUndefined();
  });

  it('rejects paths whose dot segments resolve to another host (found by the property test)', () => {
    // `/.//evil.example` resolves to the path `//evil.example`, which an href reads as that host.
    expect(safeHref('/.//evil.example')).toBeUndefined();
    expect(safeHref('/..//evil.example')).toBeUndefined();
    expect(safeHref('/repos/..//evil.example')).toBeUndefined();
    expect(safeHref('/%2e//evil.example')).toBeUndefined();
    expect(safeHref('/./\\evil.example')).toBeUndefined();
    expect(safeHref('/repos/.//jane')).toBe('/repos//jane');
  });

  it('rejects relative paths without a leading slash', () => {
    expect(safeHref('repos/jane')).toBeUndefined();
    expect(safeHref('../admin')).toBeUndefined();
  });
});
