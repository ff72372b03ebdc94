import { isExactNumber, isJsonObject } from '../../core/exactJson';

/**
 * `stringifyExactJson`'s text of `value`, cut after `limit` characters with "…", and written only that
 * far: a pasted document's patch or value runs to megabytes, which take a long task to write out and
 * another to lay out, for text no one reads past the first screens.
 */
export function jsonPreview(value: unknown, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  // Each returns true once the text is past the limit: the walk stops there.
  const write = (text: string) => {
    parts.push(text);
    length += text.length;
    return length > limit;
  };
  const walk = (item: unknown): boolean => {
    if (isExactNumber(item)) return write(item.value);
    if (Array.isArray(item)) {
      if (write('[')) return true;
      for (let index = 0; index < item.length; index++) {
        if ((index > 0 && write(',')) || walk(item[index])) return true;
      }
      return write(']');
    }
    if (isJsonObject(item)) {
      let separator = '{';
      for (const key of Object.keys(item)) {
        const member = item[key];
        if (member === undefined) continue;
        if (write(`${separator}${JSON.stringify(key)}:`) || walk(member)) return true;
        separator = ',';
      }
      return write(separator === '{' ? '{}' : '}');
    }
    // `undefined` (in an array) is written as null, as JSON.stringify does.
    return write(JSON.stringify(item) ?? 'null');
  };
  return walk(value) ? `${parts.join('').slice(0, limit)}…` : parts.join('');
}
