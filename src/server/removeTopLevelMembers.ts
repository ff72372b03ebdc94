// Works on the bytes as upstream sent them, not on a parse: whatever is kept goes out unchanged, so
// numbers beyond 2^53, key order, duplicate keys, escapes and whitespace survive exactly.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** One `"name": value` of the outermost object, as byte offsets into the body. */
interface MemberSpan {
  name: string;
  start: number;
  end: number;
}

export interface RemovedMembers {
  /** The body without the removed members; the very same array when nothing was removed. */
  body: Uint8Array<ArrayBuffer>;
  /** Members left in the outermost object. */
  remaining: number;
}

function isWhitespace(byte: number | undefined): boolean {
  return byte === 0x20 || byte === 0x09 || byte === 0x0a || byte === 0x0d;
}

function skipWhitespace(bytes: Uint8Array, from: number): number {
  let at = from;
  while (isWhitespace(bytes[at])) at += 1;
  return at;
}

/** `from` is an opening quote; returns the offset just past the closing one. */
function stringEnd(bytes: Uint8Array, from: number): number {
  let at = from + 1;
  while (bytes[at] !== QUOTE) at += bytes[at] === BACKSLASH ? 2 : 1;
  return at + 1;
}

/** `from` is the first byte of a value; returns the offset just past it. Iterative: any depth is fine. */
function valueEnd(bytes: Uint8Array, from: number): number {
  const first = bytes[from];
  if (first === QUOTE) return stringEnd(bytes, from);
  if (first !== OPEN_BRACE && first !== OPEN_BRACKET) {
    // A number, true, false or null: runs until the next separator.
    let at = from;
    while (at < bytes.length && !isWhitespace(bytes[at]) && bytes[at] !== COMMA && bytes[at] !== CLOSE_BRACE) at += 1;
    return at;
  }
  let depth = 0;
  let at = from;
  for (;;) {
    const byte = bytes[at];
    if (byte === QUOTE) {
      at = stringEnd(bytes, at);
      continue;
    }
    if (byte === OPEN_BRACE || byte === OPEN_BRACKET) depth += 1;
    if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
      if (depth === 0) return at + 1;
    }
    at += 1;
  }
}

/** The members of the outermost object of a body already known to be a valid JSON object. */
function topLevelMembers(bytes: Uint8Array): MemberSpan[] {
  const decoder = new TextDecoder();
  const hasBom = UTF8_BOM.every((byte, index) => bytes[index] === byte);
  let at = skipWhitespace(bytes, hasBom ? UTF8_BOM.length : 0);
  at = skipWhitespace(bytes, at + 1); // past "{"
  const members: MemberSpan[] = [];
  while (bytes[at] !== CLOSE_BRACE) {
    const start = at;
    const nameEnd = stringEnd(bytes, at);
    // Decoded as JSON, so an escaped name ("private\u005fmetadata") is the name JSON.parse sees.
    const name = JSON.parse(decoder.decode(bytes.subarray(start, nameEnd))) as string;
    at = skipWhitespace(bytes, skipWhitespace(bytes, nameEnd) + 1); // past ":"
    const end = valueEnd(bytes, at);
    members.push({ name, start, end });
    at = skipWhitespace(bytes, end);
    if (bytes[at] === COMMA) at = skipWhitespace(bytes, at + 1);
  }
  return members;
}

function isJsonObject(bytes: Uint8Array): boolean {
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/**
 * Removes every member of the outermost JSON object whose name is in `names` (each one, when a
 * name is repeated), leaving every other byte as it was. `undefined` when the body is not a JSON
 * object, so a caller that must not pass the named members on can refuse the body instead.
 */
export function removeTopLevelMembers(
  body: Uint8Array<ArrayBuffer>,
  names: ReadonlySet<string>,
): RemovedMembers | undefined {
  if (!isJsonObject(body)) return undefined;
  const members = topLevelMembers(body);
  const kept = members.filter((member) => !names.has(member.name));
  const first = members[0];
  const last = members.at(-1);
  if (kept.length === members.length || !first || !last) return { body, remaining: members.length };

  // Each kept member is followed by the separator that followed it in the original, so the
  // formatting between members stays upstream's.
  const parts: Uint8Array[] = [body.subarray(0, first.start)];
  kept.forEach((member, index) => {
    parts.push(body.subarray(member.start, member.end));
    const next = members[members.indexOf(member) + 1];
    if (index < kept.length - 1 && next) parts.push(body.subarray(member.end, next.start));
  });
  parts.push(body.subarray(last.end));

  const result = new Uint8Array(parts.reduce((size, part) => size + part.byteLength, 0));
  let offset = 0;
  for (const part of parts) {
    result.set(part, offset);
    offset += part.byteLength;
  }
  return { body: result, remaining: kept.length };
}
