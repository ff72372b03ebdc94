import type { PastedJson } from './metadataDraftReducer';
import { loadLosslessParser, readJsonText } from './losslessParser';

/**
 * Pasted text as the paste action carries it: read at once when `JSON.parse` keeps its numbers (or it
 * is not JSON), else once the lossless parser has loaded, or `parser-unavailable` when it failed to.
 */
export function readPastedJson(text: string): PastedJson | Promise<PastedJson> {
  const reading = readJsonText(text);
  if (reading.ok || reading.reason === 'invalid-json') return reading.ok ? reading : { ok: false, reason: 'invalid-json' };
  return loadLosslessParser().then(
    (): PastedJson => {
      const loaded = readJsonText(text);
      // Loaded, the parser reads every valid JSON text.
      return loaded.ok ? loaded : { ok: false, reason: 'invalid-json' };
    },
    (): PastedJson => ({ ok: false, reason: 'parser-unavailable' }),
  );
}
