import type { JsonObject, JsonValue } from './json';

/**
 * `object[key] = value`, except that a `__proto__` key becomes an own member, as `JSON.parse` makes it,
 * instead of changing the object's prototype.
 */
export function setMember(object: JsonObject, key: string, value: JsonValue): void {
  if (key === '__proto__') {
    Object.defineProperty(object, key, { value, writable: true, enumerable: true, configurable: true });
  } else object[key] = value;
}
