// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The theme's colours are light-dark() pairs in styles.css: every pair the components draw text with
// must reach WCAG's 4.5:1 (1.4.3), and every edge that tells a control or a graphic apart 3:1 (1.4.11),
// in the light and in the dark theme alike.
const css = readFileSync(join(import.meta.dirname, '../../src/styles.css'), 'utf8');
const themeBlock = css.slice(css.indexOf('.rum-root:not(.rum-root .rum-root) {'));
const theme = themeBlock.slice(0, themeBlock.indexOf('}'));

type Theme = 'light' | 'dark';

function colour(name: string, mode: Theme): string {
  const match = theme.match(new RegExp(`--rum-${name}:\\s*light-dark\\((#[0-9a-f]{3,6}),\\s*(#[0-9a-f]{3,6})\\)`, 'i'));
  if (!match?.[1] || !match[2]) throw new Error(`--rum-${name} is not a light-dark() pair of hex colours`);
  return mode === 'light' ? match[1] : match[2];
}

/** WCAG 2.x relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const digits = hex.length === 4 ? [...hex.slice(1)].map((digit) => digit + digit).join('') : hex.slice(1);
  const [red, green, blue] = [0, 2, 4].map((start) => {
    const channel = Number.parseInt(digits.slice(start, start + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * red + 0.7152 * green + 0.0722 * blue;
}

export function contrast(first: string, second: string): number {
  const [lighter, darker] = [luminance(first), luminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}

const JSON_TEXT = ['json-key', 'json-string', 'json-number', 'json-boolean', 'json-null'];
const AVATARS = Array.from({ length: 8 }, (_, index) => `avatar-${index}`);

/** [text, background]: every pair a component writes text in. */
const TEXT_PAIRS: [string, string][] = [
  ...['bg', 'bg-subtle'].flatMap((background) =>
    ['fg', 'fg-muted', 'accent', 'danger', 'warning', 'success', ...JSON_TEXT].map(
      (text): [string, string] => [text, background],
    ),
  ),
  ['accent-fg', 'accent'],
  ['danger', 'danger-bg'],
  ['fg', 'danger-bg'],
  ['warning', 'warning-bg'],
  ['fg', 'warning-bg'],
  ['success', 'success-bg'],
  ['fg', 'success-bg'],
  // The editor tints added, removed and changed rows: the JSON colours and a schema issue on each tint.
  ...['success-bg', 'danger-bg', 'warning-bg'].flatMap((tint) =>
    ['fg-muted', 'danger', ...JSON_TEXT].map((text): [string, string] => [text, tint]),
  ),
  // Search matches: the row's own text colours on the highlight.
  ...['fg', ...JSON_TEXT].map((text): [string, string] => [text, 'mark']),
  ...AVATARS.map((disc): [string, string] => ['avatar-fg', disc]),
];

/** [edge, background]: outlines of controls and the shapes that carry meaning. */
const OUTLINE_PAIRS: [string, string][] = [
  ['control-border', 'bg'],
  ['control-border', 'bg-subtle'],
  ['focus', 'bg'],
  ['focus', 'bg-subtle'],
  ['warning', 'warning-bg'],
  // Meter bars against the card.
  ['accent', 'bg'],
  ['warning', 'bg'],
  ['danger', 'bg'],
  // The editor's change edges and badges, on the card and on their row's tint.
  ['success', 'bg'],
  ['success', 'success-bg'],
  ['danger', 'danger-bg'],
  ...AVATARS.map((disc): [string, string] => [disc, 'bg']),
];

describe.each(['light', 'dark'] as const)('the %s theme', (mode) => {
  it.each(TEXT_PAIRS)('draws --rum-%s text on --rum-%s at 4.5:1 or more', (text, background) => {
    expect(contrast(colour(text, mode), colour(background, mode))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(OUTLINE_PAIRS)('draws --rum-%s edges on --rum-%s at 3:1 or more', (edge, background) => {
    expect(contrast(colour(edge, mode), colour(background, mode))).toBeGreaterThanOrEqual(3);
  });
});

describe('contrast', () => {
  it('matches WCAG figures: black on white 21:1, a colour on itself 1:1, #767676 on white just over 4.5:1', () => {
    expect(contrast('#000', '#fff')).toBeCloseTo(21, 5);
    expect(contrast('#2456d6', '#2456d6')).toBe(1);
    expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });
});
