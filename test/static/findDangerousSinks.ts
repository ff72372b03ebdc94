import { transformSync } from 'esbuild';

// Places where a string becomes markup, code or a network fetch from CSS. A value from an API response
// must never reach one; the simplest guarantee is that src/ never uses them at all.
export const DANGEROUS_SINKS: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'dangerouslySetInnerHTML', pattern: /dangerouslySetInnerHTML/ },
  // Any mention, not only `x.innerHTML = …`: `Object.assign(el, { innerHTML })` and `el['innerHTML']` count too.
  { name: 'innerHTML/outerHTML', pattern: /\b(?:inner|outer)HTML\b/ },
  { name: 'insertAdjacentHTML', pattern: /insertAdjacentHTML/ },
  { name: 'document.write', pattern: /\bdocument\s*(?:\.\s*|\[\s*['"`])write(?:ln)?\b/ },
  { name: 'createContextualFragment', pattern: /createContextualFragment/ },
  { name: 'setHTMLUnsafe/parseHTMLUnsafe', pattern: /\b(?:set|parse)HTMLUnsafe\b/ },
  { name: 'srcdoc', pattern: /\bsrcdoc\b/i },
  { name: 'eval', pattern: /\beval\b/ },
  // Types are gone after the transform, so `Function(` is only ever the constructor, called or `new`ed.
  { name: 'Function constructor', pattern: /\bFunction\s*\(/ },
  { name: 'string-evaluating timer', pattern: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/ },
  // CSS function names are case-insensitive; `new URL(…)` (JS) is not CSS.
  { name: 'CSS url()', pattern: /(?<![\w$.]|\bnew\s+)url\s*\(/i },
  { name: 'CSS image-set()/@import/expression()', pattern: /image-set\s*\(|@import\b|\bexpression\s*\(/i },
  {
    name: 'inline style property that loads an image',
    pattern: /\b(?:backgroundImage|borderImage(?:Source)?|listStyleImage|maskImage|WebkitMaskImage)\b/,
  },
];

export interface SinkFinding {
  readonly sink: string;
  /** The compiled line it was found on, trimmed. */
  readonly line: string;
}

/**
 * Compiles TS/TSX with esbuild (as the build does) so comments, JSX comments and types are gone,
 * then looks for sinks in what is left: code, strings, templates and regex literals. Comments are
 * excluded on purpose (explaining why a sink is avoided is fine); strings are not (`el['innerHTML']`).
 */
export function findDangerousSinks(source: string, fileName: string): SinkFinding[] {
  const { code } = transformSync(source, {
    loader: fileName.endsWith('.tsx') ? 'tsx' : 'ts',
    jsx: 'automatic',
    legalComments: 'none',
    sourcefile: fileName,
  });
  // The only comments esbuild writes are its own `/* @__PURE__ */` annotations.
  const lines = code.replace(/\/\* @__PURE__ \*\//g, '').split('\n');
  const findings: SinkFinding[] = [];
  for (const line of lines) {
    for (const { name, pattern } of DANGEROUS_SINKS) {
      if (pattern.test(line)) findings.push({ sink: name, line: line.trim() });
    }
  }
  return findings;
}

/** For stylesheets: any way CSS can fetch a URL or pull in other CSS, comments included. */
export function findCssFetches(css: string): string[] {
  const patterns = [/url\s*\(/i, /image-set\s*\(/i, /@import\b/i, /\bexpression\s*\(/i, /\bsrc\s*\(/i];
  return css
    .split('\n')
    .filter((line) => patterns.some((pattern) => pattern.test(line)))
    .map((line) => line.trim());
}
