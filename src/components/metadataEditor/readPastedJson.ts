import type { PastedJson } from './metadataDraftReducer';
import { loadLosslessParser, readJsonText } from './losslessParser';

/**
 * Pasted text as the paste action carries it: read at once when `JSON.parse` keeps its numbers (or it
 * is not JSON), else once the lossless parser has loaded, or `parser-unavailable` when it failed to.
 */
export function readPastedJson(text: string): PastedJson | Promise<PastedJson> {
  const reading = readJsonText(text);
  if (reading.ok) return reading;
  if (reading.reason === 'invalid-json') return INVALID_JSON;
  return loadLosslessParser().then(
    // Loaded, the parser reads every valid JSON text.
    (): PastedJson => {
      const loaded = readJsonText(text);
      return loaded.ok ? loaded : INVALID_JSON;
    },
    (): PastedJson => ({ ok: false, reason: 'parser-unavailable' }),
  );
}

const INVALID_JSON: PastedJson = { ok: false, reason: 'invalid-json' };
