import fc from 'fast-check';
import * as v from 'valibot';
import type { SynodicUser } from '../../src/core/SynodicUser';
import { synodicUserSchema } from '../../src/core/schemas';

/** Strings built from the pieces URL tricks are made of, so the interesting cases come up often. */
export const urlLike: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        'http://',
        'https://',
        'HTTPS://',
        'javascript:',
        'JaVaScRiPt:',
        'data:',
        'vbscript:',
        'file:',
        '//',
        '/',
        '\\',
        '@',
        ':',
        '.',
        '..',
        // Dot segments: `/.//host` resolves to the path `//host`.
        '/./',
        '/../',
        '%0a',
        '%2f',
        'evil.example',
        'synodic.ai',
        'alert(1)',
        '<svg onload=alert(1)>',
        ' ',
        '\t',
        '\n',
        '\u0000',
        '\u200b',
        '\u202e',
        '\ufeff',
        '\u00a0',
      ),
      fc.string({ maxLength: 6 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    ),
    { maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** Text that means something to HTML or to a renderer: markup, quotes, bidi and zero-width characters. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 10 }),
  fc
    .array(
      fc.constantFrom(
        '<script>alert(1)</script>',
        '"><img src=x onerror=alert(1)>',
        "'",
        '../',
        '/',
        '\u202e',
        '\u200b',
        'a',
      ),
      { maxLength: 5 },
    )
    .map((parts) => parts.join('')),
  fc.constant('x'.repeat(5000)),
);

const figure = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -1, 2 ** 53 + 2, 1e21, Number.MAX_VALUE),
);

const userFields = {
  created_at: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 2e9 })),
  photo_url: fc.oneof(fc.constant(null), urlLike, fc.webUrl()),
  repositories: fc.array(hostileText, { maxLength: 12 }),
  autotrain_units: figure,
  autolabel_images: figure,
  inference_frames: figure,
  models_trained: figure,
  payment_details: fc.boolean(),
  plan: hostileText,
};

/** Any object Synodic's schema accepts: the owner's view, another user's, or something in between. */
export const synodicUser: fc.Arbitrary<SynodicUser> = fc
  .oneof(fc.record(userFields), fc.record(userFields, { requiredKeys: ['created_at'] }))
  .filter((value) => v.is(synodicUserSchema, value))
  .map((value) => {
    // What the client returns: the body as received, with `repositories` defaulted to `[]`.
    const user = { ...value } as Partial<SynodicUser>;
    user.repositories ??= [];
    return user as SynodicUser;
  });
