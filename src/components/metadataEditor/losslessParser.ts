import type { JsonValue } from '../../core/json';
import { parsePlainJson } from '../../core/parsePlainJson';
import { createOnDemandModule } from './onDemandModule';

/** Returned for a text with a number only the lossless parser keeps exact, while it is not loaded. */
export const NEEDS_PARSER: unique symbol = Symbol('needs-parser');

/** What a JSON text reads as now: its value, not JSON, or a number only the lossless parser keeps exact. */
export type JsonTextReading = { ok: true; value: JsonValue } | { ok: false; reason: 'invalid-json' | 'needs-parser' };

/** Loaded once, for the first text with a number `JSON.parse` would change (see `loadLosslessParser`). */
const losslessParserModule = createOnDemandModule(() => import('../../core/parseLosslessly'));

/**
 * Loads lossless-json (1.5 kB gzipped) once, for the first text with a number `JSON.parse` would change:
 * most edits have none, and an editor that never meets one never downloads it. A failed load is
 * forgotten, so the next attempt tries again.
 */
export function loadLosslessParser(): Promise<void> {
  return losslessParserModule.load().then(() => undefined);
}

/**
 * A JSON text's value with every number's text kept, read synchronously: `JSON.parse` when no number
 * changes through it, else the lossless parser if loaded, else `needs-parser` (load it, then read again).
 */
export function readJsonText(text: string): JsonTextReading {
  let plain: ReturnType<typeof parsePlainJson>;
  try {
    plain = parsePlainJson(text);
  } catch {
    return { ok: false, reason: 'invalid-json' };
  }
  if (plain.exact) return { ok: true, value: plain.json as JsonValue };
  const parser = losslessParserModule.loaded();
  return parser
    ? { ok: true, value: parser.parseLosslessly(text, plain.json) as JsonValue }
    : { ok: false, reason: 'needs-parser' };
}

/**
 * Starts loading the parser as soon as a typed `text` needs it (`1.0`, a long integer), so the commit
 * seldom waits. Typing stays instant: the load runs meanwhile, and a failure is left to the commit to show.
 */
export function preloadLosslessParserFor(text: string): void {
  const reading = readJsonText(text);
  if (!reading.ok && reading.reason === 'needs-parser') loadLosslessParser().catch(() => undefined);
}
