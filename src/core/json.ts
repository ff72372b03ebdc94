import type { ExactNumber } from './exactJson';

/**
 * Any value JSON can hold. A number whose text `JSON.parse` would change (`9007199254740993`, `1.0`,
 * `-0`, `1e400`) arrives from Hanko as an `ExactNumber`, which keeps the text; every other number is a `number`.
 */
export type JsonPrimitive = string | number | boolean | null | ExactNumber;
export type JsonValue = JsonPrimitive | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}
