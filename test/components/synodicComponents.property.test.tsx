// @vitest-environment node
import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ProfileCard } from '../../src/components/ProfileCard';
import { UsagePanel } from '../../src/components/UsagePanel';
import { hostileText, synodicUser, urlLike } from './synodicArbitraries';

/** Every value of an attribute in server-rendered HTML, unescaped enough to check its scheme. */
function attributeValues(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(` ${name}="([^"]*)"`, 'g'))].map((match) =>
    (match[1] ?? '').replace(/&amp;/g, '&'),
  );
}

describe('Synodic components render any user the schema accepts', () => {
  it('ProfileCard renders, with only http(s) image sources and safe links', () => {
    fc.assert(
      fc.property(
        synodicUser,
        hostileText,
        fc.func(fc.oneof(urlLike, fc.webUrl(), fc.constant(undefined))),
        fc.integer({ min: -2, max: 20 }),
        (user, username, repositoryHref, maxRepositories) => {
          const html = renderToString(
            <ProfileCard
              user={user}
              username={username}
              repositoryHref={repositoryHref}
              maxRepositories={maxRepositories}
              now={new Date(0)}
            />,
          );
          for (const src of attributeValues(html, 'src')) expect(src).toMatch(/^https?:\/\/[^/\\]/);
          for (const href of attributeValues(html, 'href')) expect(href).toMatch(/^(https?:\/\/[^/\\]|\/(?![/\\]))/);
          expect(html).not.toMatch(/<script|<img[^>]*onerror/i);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('UsagePanel renders with any limits, never showing figures for another user’s view', () => {
    fc.assert(
      fc.property(
        synodicUser,
        fc.dictionary(
          fc.constantFrom('autotrain_units', 'autolabel_images', 'inference_frames', 'models_trained'),
          fc.double(),
        ),
        fc.double({ noNaN: true }),
        (user, limits, nearLimitRatio) => {
          const html = renderToString(<UsagePanel user={user} limits={limits} nearLimitRatio={nearLimitRatio} />);
          const owner = html.includes('data-view="owner"');
          expect(html.includes('Usage is visible only to the account owner.')).toBe(!owner);
          if (!owner) expect(html).not.toContain('<dl');
          for (const now of html.matchAll(/aria-valuenow="([^"]*)"/g)) expect(Number(now[1])).toBeGreaterThanOrEqual(0);
          expect(html).not.toMatch(/<script|<img[^>]*onerror/i);
        },
      ),
      { numRuns: 400 },
    );
  });
});
