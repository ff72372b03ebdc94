import type { PastedJson } from './metadataDraftReducer';
import type { JsonValue } from '../../core/json';
import { hasOnlyPlainNumbers } from '../../core/parsePlainJson';
import { loadLosslessParser, readJsonText } from './losslessParser';

/**
 * Text this long (a pasted document) is parsed in a task of its own, after the paste's, checked for
 * numbers in another and handed on in a third: each takes tens of milliseconds for a few megabytes,
 * and so do the edit it makes and the render of it (the draft, the patch, the first slice of the
 * diff), which together would block the page for over 100 ms.
 */
export const LARGE_PASTE = 100_000;

/**
 * Pasted text as the paste action carries it: read at once when `JSON.parse` keeps its numbers (or it
 * is not JSON), else once the lossless parser has loaded, or `parser-unavailable` when it failed to.
 * A large text is read in a task of its own (`LARGE_PASTE`).
 */
export function readPastedJson(text: string): PastedJson | Promise<PastedJson> {
  return text.length < LARGE_PASTE ? readNow(text) : readLater(text);
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function readLater(text: string): Promise<PastedJson> {
  await nextTask();
  let json: JsonValue;
  try {
    json = JSON.parse(text) as JsonValue;
  } catch {
    return INVALID_JSON;
  }
  // Looking for a number JSON.parse changed takes about as long again: a task of its own. Text with
  // one (rare) is read again by the lossless parser once it has loaded.
  await nextTask();
  const read = hasOnlyPlainNumbers(text) ? { ok: true as const, value: json } : await readNow(text);
  // Handed on in a task of its own: the edit it makes (its copy without nulls) takes one too.
  await nextTask();
  return read;
}

function readNow(text: string): PastedJson | Promise<PastedJson> {
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
