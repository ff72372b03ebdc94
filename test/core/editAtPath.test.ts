import { describe, expect, it } from 'vitest';
import { freeMemberKey, insertItem, renameMember, updateAt, valueAt } from '../../src/core/editAtPath';
import { parseExactJson } from '../../src/core/parseExactJson';
import type { JsonObject, JsonValue } from '../../src/core/json';

const doc = (): JsonObject => ({ a: { b: [1, { c: 'x' }] }, d: true });

describe('valueAt', () => {
  it('follows object keys and array indexes', () => {
    expect(valueAt(doc(), ['a', 'b', 1, 'c'])).toBe('x');
  });
  it('is undefined for a path that leads nowhere, and for an index used as a key', () => {
    expect(valueAt(doc(), ['a', 'x'])).toBeUndefined();
    expect(valueAt(doc(), ['a', 'b', '0'])).toBeUndefined();
    expect(valueAt(doc(), ['d', 'e'])).toBeUndefined();
  });
  it('never reads inherited members such as constructor', () => {
    expect(valueAt(doc(), ['constructor'])).toBeUndefined();
  });
});

describe('updateAt', () => {
  it('copies only the containers on the path, so untouched branches keep their identity', () => {
    const root: JsonObject = { left: { deep: [1] }, right: { value: 1 } };
    const next = updateAt(root, ['right', 'value'], () => 2) as JsonObject;
    expect(next).toEqual({ left: { deep: [1] }, right: { value: 2 } });
    expect(next.left).toBe(root.left);
    expect(root.right).toEqual({ value: 1 });
  });
  it('removes an object member, and an array item closing the gap', () => {
    expect(updateAt(doc(), ['d'], () => undefined)).toEqual({ a: { b: [1, { c: 'x' }] } });
    expect(updateAt(doc(), ['a', 'b', 0], () => undefined)).toEqual({ a: { b: [{ c: 'x' }] }, d: true });
  });
  it('returns the same root when the path leads nowhere or nothing changes', () => {
    const root = doc();
    expect(updateAt(root, ['nope', 'x'], () => 1)).toBe(root);
    expect(updateAt(root, ['d'], (current) => current)).toBe(root);
  });
  it('writes a __proto__ member as an own member, leaving the prototype alone', () => {
    const root = parseExactJson('{"__proto__":{"admin":false}}') as JsonObject;
    const next = updateAt(root, ['__proto__', 'admin'], () => true) as JsonObject;
    expect(Object.getPrototypeOf(next)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(next, '__proto__')?.value).toEqual({ admin: true });
  });
});

describe('renameMember, insertItem, freeMemberKey', () => {
  it('renames a member in its place among the keys', () => {
    expect(Object.keys(renameMember({ a: 1, b: 2, c: 3 }, 'b', 'z'))).toEqual(['a', 'z', 'c']);
  });
  it('inserts an item at an index, or at the end for an index past it', () => {
    const items: JsonValue[] = [1, 2];
    expect(insertItem(items, 1, 'x')).toEqual([1, 'x', 2]);
    expect(insertItem(items, 9, 'x')).toEqual([1, 2, 'x']);
    expect(items).toEqual([1, 2]);
  });
  it('finds the first free key with a number suffix', () => {
    expect(freeMemberKey({}, 'key')).toBe('key');
    expect(freeMemberKey({ key: 1, key2: 2 }, 'key')).toBe('key3');
  });
});
