import { parsePlainJson } from './parsePlainJson';

/**
 * `parseExactJson`, with lossless-json loaded only for a text that holds a number `JSON.parse` would
 * change: read-only pages whose metadata has none (most) never download it. Rejects with a
 * `SyntaxError` for invalid JSON, and with the loader's error when the parser cannot be loaded.
 */
export async function readExactJson(text: string): Promise<unknown> {
  const { json, exact } = parsePlainJson(text);
  if (exact) return json;
  const { parseLosslessly } = await import('./parseExactJson');
  return parseLosslessly(text, json);
}
