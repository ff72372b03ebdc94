import { cleanup, fireEvent, render, within } from '@testing-library/react';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ErrorState } from '../../src/components/ErrorState';
import { ProfileCard } from '../../src/components/ProfileCard';
import { UsagePanel } from '../../src/components/UsagePanel';
import { type ApiError, isApiError } from '../../src/core/ApiError';
import { createSynodicClient } from '../../src/core/createSynodicClient';
import type { SynodicUser } from '../../src/core/SynodicUser';
import { hostileString, jsonText, status, synodicLikeText, TRICKY_CHARACTERS } from './arbitraries';

// End to end: response text → Synodic client → ProfileCard and UsagePanel (or ErrorState), rendered
// in the DOM as a browser would, with a hostile username and a hostile repositoryHref.

const RUNS = 300;

/** Values an app's repositoryHref might return when it builds URLs from API names without care. */
const hrefLike = fc.oneof(
  fc.constantFrom(
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    '//evil.example/x',
    '/\\evil.example/x',
    '\\\\evil.example',
    'https://user:pass@evil.example/',
    'https://github.com/acme/site',
    '/repos/acme/site',
    '/repos/../../admin',
    'http://',
    'https://',
    '',
    undefined,
  ),
  hostileString(40),
  hostileString(20).map((name) => `/repos/${name}`),
  hostileString(20).map((name) => `https://github.com/${name}`),
);

const synodicBody = fc.oneof(
  { arbitrary: synodicLikeText, weight: 8 },
  // Photo URLs built from the pieces URL tricks are made of.
  {
    arbitrary: fc
      .array(
        fc.constantFrom(
          'https://',
          'http://',
          'javascript:',
          'data:',
          '//',
          '\\',
          '@',
          'evil.example',
          '/a.png',
          ' ',
          ...TRICKY_CHARACTERS,
        ),
        { maxLength: 6 },
      )
      .map((parts) => JSON.stringify({ created_at: 1_700_000_000, photo_url: parts.join(''), repositories: ['a/b'] })),
    weight: 2,
  },
  { arbitrary: jsonText(3), weight: 1 },
);

const SAFE_SRC = /^https?:\/\/[^/\\\s]/;
const SAFE_HREF = /^(?:https?:\/\/[^/\\\s]|\/(?![/\\]))/;

function checkDom(container: HTMLElement): void {
  expect(container.querySelector('script, iframe, object, embed, style, link, svg, form, base, meta')).toBeNull();
  for (const element of container.querySelectorAll('*')) {
    for (const attribute of element.attributes) expect(attribute.name.startsWith('on'), attribute.name).toBe(false);
  }
}

describe('Synodic components with any response (property)', () => {
  it(`render any user the client accepts, and any error it rejects with, without markup or unsafe URLs (${RUNS} runs)`, async () => {
    let runs = 0;
    let users = 0;
    await fc.assert(
      fc.asyncProperty(
        synodicBody,
        fc.oneof({ arbitrary: fc.constant(200), weight: 4 }, status),
        hostileString(30).filter((name) => name.trim() !== ''),
        fc.func(hrefLike),
        fc.integer({ min: 0, max: 4 }),
        async (body, code, username, repositoryHref, maxRepositories) => {
          runs += 1;
          cleanup();
          const fetch = async () => new Response([204, 205, 304].includes(code) ? null : body, { status: code });
          let user: SynodicUser | undefined;
          let error: ApiError | undefined;
          try {
            user = await createSynodicClient({ fetch }).getUser('octocat');
          } catch (caught) {
            expect(isApiError(caught)).toBe(true);
            error = caught as ApiError;
          }
          if (error) {
            const { container } = render(<ErrorState error={error} onRetry={() => {}} />);
            expect(within(container).getByRole('alert').textContent).toContain(error.message);
            checkDom(container);
            return;
          }
          users += 1;
          const shown = user as SynodicUser;
          const { container } = render(
            <>
              <ProfileCard
                user={shown}
                username={username}
                repositoryHref={repositoryHref as (repository: string) => string | undefined}
                maxRepositories={maxRepositories}
                now={new Date(0)}
              />
              <UsagePanel user={shown} limits={{ autotrain_units: 100, inference_frames: 0.5 }} />
            </>,
          );
          const showAll = within(container).queryByRole('button', { name: /^Show all/ });
          if (showAll) fireEvent.click(showAll);

          checkDom(container);
          for (const image of container.querySelectorAll('img')) {
            const src = image.getAttribute('src') ?? '';
            expect(src).toMatch(SAFE_SRC);
            expect(src).toBe(new URL(shown.photo_url as string).href);
          }
          for (const link of container.querySelectorAll('a')) {
            const href = link.getAttribute('href') ?? '';
            expect(href).toMatch(SAFE_HREF);
            if (!href.startsWith('/')) expect(link.getAttribute('rel')).toBe('noopener noreferrer');
          }
          // Every repository, once expanded, is listed as exactly its own text.
          const items = [...container.querySelectorAll('.rum-profile-repo-list > li')].map((item) => item.textContent);
          expect(items).toEqual(shown.repositories);
          expect(container.querySelector('.rum-profile-name')?.textContent).toBe(username);
        },
      ),
      { numRuns: RUNS },
    );
    expect(runs).toBeGreaterThanOrEqual(RUNS);
    // About 29% of generated bodies pass the schema (measured: 84-92 users of 300 runs). The floor sits
    // ~5 standard deviations below that, so it catches a generator gone wrong without flaking.
    expect(users).toBeGreaterThan(RUNS / 6);
  }, 120_000);
});
