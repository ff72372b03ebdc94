import fc from 'fast-check';

// Shared generators for the hostile-input properties. Strings lean towards what breaks renderers and
// URL builders: bidi overrides, zero-width characters, lone surrogates, markup, dot segments.

/** Characters that look like nothing, reorder text, or trip up encoders. */
export const TRICKY_CHARACTERS = [
  '\u202e', // right-to-left override
  '\u202d', // left-to-right override
  '\u2066', // left-to-right isolate
  '\u200f', // right-to-left mark
  '\u200b', // zero-width space
  '\u200d', // zero-width joiner
  '\ufeff', // byte order mark / zero-width no-break space
  '\u0301', // combining acute accent
  '\u00a0', // no-break space
  '\u2028', // line separator (breaks naive JS string embedding)
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\u0000',
  '\u001b',
  '👩‍👩‍👧',
  'עברית',
  'العربية',
];

/** Fragments that mean something to HTML, URLs, paths or object keys. */
export const TRICKY_FRAGMENTS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "'",
  '"',
  '`',
  '&amp;',
  '&lt;',
  '../',
  '..',
  '.',
  '%2e%2e',
  '%2F',
  '/',
  '\\',
  '?',
  '#',
  'javascript:alert(1)',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '[0]',
  'a.b',
  '["x"]',
  '$' + '{x}', // a template placeholder, built so no linter takes it for a mistake
  '{{x}}',
];

// Built once: fast-check precomputes a mapping per string arbitrary (~50 ms for the binary unit),
// so every hostile string is cut from these two instead of a new arbitrary per length.
const anyText = fc.string({ maxLength: 200 });
const anyCodePoints = fc.string({ unit: 'binary', maxLength: 200 });
const trickyText = fc
  .array(fc.oneof(fc.constantFrom(...TRICKY_CHARACTERS, ...TRICKY_FRAGMENTS), fc.string({ maxLength: 4 })), {
    maxLength: 50,
  })
  .map((parts) => parts.join(''));

/** Any string, weighted towards the characters and fragments above. Cutting may split a surrogate pair: wanted. */
export const hostileString = (maxLength = 40): fc.Arbitrary<string> =>
  fc
    .oneof(
      { arbitrary: anyText, weight: 3 },
      { arbitrary: anyCodePoints, weight: 2 },
      { arbitrary: trickyText, weight: 4 },
    )
    .map((text) => text.slice(0, maxLength));

/** Object keys, including the ones that are dangerous when assigned with `obj[key] = …`. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', '', 'hasOwnProperty', 'a.b', 'a[0]', '"q"'),
    weight: 2,
  },
  { arbitrary: hostileString(12), weight: 5 },
);

/** Numbers JSON can carry that JavaScript cannot hold exactly, plus the awkward ones it can. */
export const hostileNumberText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom('9007199254740993', '-9007199254740993', '1e308', '1e400', '-1e400', '5e-324', '-0', '0.1', '1E+2'),
  fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
);

/**
 * JSON text of any value, written by hand so objects can repeat keys and hold an own `__proto__`
 * (which JSON.stringify of a JS object cannot produce) and numbers beyond 2^53.
 */
export const jsonText = (maxDepth: number): fc.Arbitrary<string> => {
  const { node } = fc.letrec<{ node: string; leaf: string }>((tie) => ({
    leaf: fc.oneof(
      fc.constantFrom('null', 'true', 'false'),
      hostileNumberText,
      hostileString(30).map((value) => JSON.stringify(value)),
    ),
    node: fc.oneof(
      { depthSize: 'small', maxDepth },
      { arbitrary: tie('leaf'), weight: 3 },
      fc.array(tie('node'), { maxLength: 5 }).map((items) => `[${items.join(',')}]`),
      fc
        .array(fc.tuple(hostileKey, tie('node')), { maxLength: 5 })
        .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
    ),
  }));
  return node;
};

/** JSON text of an object with the given members, each present or not. */
const objectText = (members: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<string> =>
  fc
    .tuple(
      ...Object.entries(members).map(([key, value]) =>
        fc.option(
          value.map((text) => `${JSON.stringify(key)}:${text}`),
          { nil: undefined, freq: 4 },
        ),
      ),
      fc.array(fc.tuple(hostileKey, jsonText(2)), { maxLength: 3 }),
    )
    .map((parts) => {
      // Generated values may be shared between runs, so read them without mutating.
      const extra = parts[parts.length - 1] as [string, string][];
      const own = (parts.slice(0, -1) as (string | undefined)[]).filter((part): part is string => part !== undefined);
      return `{${[...own, ...extra.map(([key, value]) => `${JSON.stringify(key)}:${value}`)].join(',')}}`;
    });

const stringList = fc.array(hostileString(30), { maxLength: 6 }).map((items) => JSON.stringify(items));
/** Either a value of the right type or anything at all, so both the valid and the invalid paths run often. */
const rightOrWrong = (right: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof({ arbitrary: right, weight: 4 }, { arbitrary: jsonText(2), weight: 1 });

/** Bodies shaped like a Synodic user: valid often, wrong in one field sometimes. */
export const synodicLikeText: fc.Arbitrary<string> = objectText({
  created_at: rightOrWrong(fc.oneof(fc.integer({ min: 0, max: 2 ** 31 }).map(String), hostileNumberText)),
  photo_url: rightOrWrong(
    fc.oneof(
      fc.constant('null'),
      hostileString(60).map((value) => JSON.stringify(value)),
    ),
  ),
  repositories: rightOrWrong(stringList),
  autotrain_units: rightOrWrong(hostileNumberText),
  autolabel_images: rightOrWrong(hostileNumberText),
  inference_frames: rightOrWrong(hostileNumberText),
  models_trained: rightOrWrong(hostileNumberText),
  payment_details: rightOrWrong(fc.constantFrom('true', 'false')),
  plan: rightOrWrong(hostileString(20).map((value) => JSON.stringify(value))),
  error: fc.oneof(
    hostileString(20).map((value) => JSON.stringify(value)),
    jsonText(1),
  ),
});

const categoryText = fc.oneof(
  { arbitrary: fc.constantFrom('{}', 'null'), weight: 1 },
  {
    arbitrary: fc
      .array(fc.tuple(hostileKey, jsonText(3)), { minLength: 1, maxLength: 6 })
      .map((entries) => `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${value}`).join(',')}}`),
    weight: 6,
  },
  { arbitrary: jsonText(2), weight: 1 },
);

/** Bodies shaped like Hanko metadata: categories present or not, objects mostly, anything sometimes. */
export const hankoLikeText: fc.Arbitrary<string> = objectText({
  public_metadata: categoryText,
  private_metadata: categoryText,
  unsafe_metadata: categoryText,
  code: hostileNumberText,
  message: hostileString(20).map((value) => JSON.stringify(value)),
});

/** How the fake server sends its body. */
export type BodySpec =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'bytes'; readonly bytes: Uint8Array }
  | { readonly type: 'none' }
  | { readonly type: 'erroring'; readonly prefix: string; readonly error: unknown }
  /** A stream that never ends, as from a broken proxy: the client must stop reading, not run out of memory. */
  | { readonly type: 'endless'; readonly chunk: string };

const ONE_MB = 1024 * 1024;

/** Any body, with the API-shaped JSON for `service` weighted up so valid data is exercised too. */
export const bodySpec = (shaped: fc.Arbitrary<string>): fc.Arbitrary<BodySpec> =>
  fc.oneof(
    { arbitrary: shaped.map((text) => ({ type: 'text' as const, text })), weight: 120 },
    { arbitrary: jsonText(4).map((text) => ({ type: 'text' as const, text })), weight: 40 },
    // Truncated JSON: what a dropped connection or a size-limited proxy leaves behind.
    {
      arbitrary: fc
        .tuple(shaped, fc.double({ min: 0, max: 1, noNaN: true }))
        .map(([text, cut]) => ({ type: 'text' as const, text: text.slice(0, Math.floor(text.length * cut)) })),
      weight: 30,
    },
    {
      arbitrary: hostileString(200).map((inner) => ({
        type: 'text' as const,
        text: `<!DOCTYPE html><html><head><title>502</title></head><body>${inner}</body></html>`,
      })),
      weight: 20,
    },
    { arbitrary: hostileString(200).map((text) => ({ type: 'text' as const, text })), weight: 20 },
    { arbitrary: fc.uint8Array({ maxLength: 300 }).map((bytes) => ({ type: 'bytes' as const, bytes })), weight: 20 },
    {
      arbitrary: fc.constantFrom('', ' ', '\n\t ', '\ufeff').map((text) => ({ type: 'text' as const, text })),
      weight: 10,
    },
    { arbitrary: fc.constant({ type: 'none' as const }), weight: 10 },
    {
      arbitrary: fc
        .tuple(fc.string({ maxLength: 20 }), thrownValue)
        .map(([prefix, error]) => ({ type: 'erroring' as const, prefix, error })),
      weight: 10,
    },
    {
      arbitrary: fc
        .constantFrom('{"public_metadata":{"a":"', '[', ' ', '<html>', '\u202e')
        .map((chunk) => ({ type: 'endless' as const, chunk })),
      weight: 1,
    },
    // About 1 MB: a string member, a huge array of names, or junk. Rare (~1 in 280), as each costs ~70 ms.
    {
      arbitrary: fc.constantFrom(
        { type: 'text' as const, text: JSON.stringify({ created_at: 1, repositories: ['x'.repeat(ONE_MB)] }) },
        {
          type: 'text' as const,
          text: JSON.stringify({ public_metadata: { bio: 'ﷺ'.repeat(ONE_MB / 3) }, unsafe_metadata: { a: 1 } }),
        },
        { type: 'text' as const, text: `[${'1,'.repeat(ONE_MB / 2)}1]` },
        { type: 'text' as const, text: ' '.repeat(ONE_MB) },
        { type: 'text' as const, text: `${'['.repeat(ONE_MB / 2)}${']'.repeat(ONE_MB / 2)}` },
        {
          type: 'text' as const,
          text: `{"error":"x","created":${'['.repeat(100_000)}${']'.repeat(100_000)}}`,
        },
      ),
      weight: 1,
    },
  );

/** What a broken `fetch` or body stream throws: real errors, aborts, and things that are not errors at all. */
export const thrownValue: fc.Arbitrary<unknown> = fc.oneof(
  fc
    .constantFrom<() => unknown>(
      () => new TypeError('Failed to fetch'),
      () => new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') }),
      () => new DOMException('The operation was aborted.', 'AbortError'),
      () => new DOMException('Signal timed out.', 'TimeoutError'),
      () => new DOMException('Network error', 'NetworkError'),
      () => Object.assign(new Error('aborted'), { name: 'AbortError' }),
      () => new RangeError('boom'),
      () => 'a string',
      () => null,
      () => undefined,
      () => 0,
      () => Symbol('thrown'),
      () => ({ name: 'AbortError' }),
      () => Object.create(null),
    )
    .map((make) => make()),
  fc.anything(),
);

/** True for what this library counts as an abort, whatever realm or shape the value has. */
export function isAbortLike(value: unknown): boolean {
  return typeof value === 'object' && value !== null && (value as { name?: unknown }).name === 'AbortError';
}

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'application/problem+json',
  'text/html; charset=utf-8',
  'text/plain',
  'application/octet-stream',
  'TEXT/HTML',
  '',
];
const tokenChar = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz0123456789-_'.split(''));
/** Header values a real `Headers` accepts: visible ASCII and inner spaces. */
export const headerValue = fc
  .array(fc.integer({ min: 0x20, max: 0x7e }), { maxLength: 40 })
  .map((codes) => String.fromCharCode(...codes).trim());

/** Response headers: a content type (common, odd or missing) plus anything else. */
export const responseHeaders: fc.Arbitrary<[string, string][]> = fc
  .tuple(
    fc.option(fc.oneof(fc.constantFrom(...CONTENT_TYPES), headerValue), { nil: undefined }),
    fc.array(
      fc.tuple(
        fc.array(tokenChar, { minLength: 1, maxLength: 12 }).map((chars) => `x-${chars.join('')}`),
        headerValue,
      ),
      { maxLength: 3 },
    ),
  )
  .map(([contentType, rest]) => (contentType === undefined ? rest : [['content-type', contentType], ...rest]));

/** Any status a `Response` can carry, weighted towards the ones servers actually send. */
export const status: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constant(200), weight: 8 },
  { arbitrary: fc.constantFrom(201, 202, 203, 204, 205, 206, 299), weight: 2 },
  { arbitrary: fc.constantFrom(301, 302, 304, 400, 401, 403, 404, 408, 409, 422, 429, 500, 502, 503, 504), weight: 3 },
  { arbitrary: fc.integer({ min: 200, max: 599 }), weight: 2 },
);

/** Statuses whose responses cannot have a body (the Response constructor refuses one). */
export const NULL_BODY_STATUSES = new Set([204, 205, 304]);

/** Builds the body a `Response` is constructed with; a fresh one each call, as bodies are single-use. */
export function makeBody(spec: BodySpec): BodyInit | null {
  switch (spec.type) {
    case 'text':
      return spec.text;
    case 'bytes':
      return spec.bytes.slice();
    case 'none':
      return null;
    case 'endless': {
      const bytes = new TextEncoder().encode(spec.chunk.repeat(Math.ceil((256 * 1024) / spec.chunk.length)));
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          controller.enqueue(bytes);
        },
      });
    }
    case 'erroring': {
      const bytes = new TextEncoder().encode(spec.prefix);
      return new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(bytes);
          controller.error(spec.error);
        },
      });
    }
  }
}

/** The text a client reading `spec` sees: UTF-8 decoded, BOM dropped, lone surrogates replaced. */
export function expectedText(spec: BodySpec): string | undefined {
  const decoder = new TextDecoder();
  switch (spec.type) {
    case 'text':
      return decoder.decode(new TextEncoder().encode(spec.text));
    case 'bytes':
      return decoder.decode(spec.bytes);
    case 'none':
      return '';
    case 'erroring':
    case 'endless':
      return undefined;
  }
}
