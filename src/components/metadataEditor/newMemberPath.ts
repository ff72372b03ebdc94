import { freeMemberKey, type JsonKey, valueAt } from '../../core/editAtPath';
import { isJsonObject } from '../../core/exactJson';
import type { JsonValue } from '../../core/json';
import { NEW_MEMBER_KEY } from './metadataDraftReducer';

/** Where "add" puts a new member, and the path it will have. */
export interface NewMember {
  /** The container it goes into. */
  container: readonly JsonKey[];
  /** Its index, in an array; `undefined` to append (and always for an object). */
  index: number | undefined;
  /** Its path once added. */
  member: readonly JsonKey[];
}

/**
 * "Add" on a row: into the row's value when it is an object or array, otherwise next to the row (just
 * after it, in an array). An object member gets the free key the reducer would choose.
 */
export function newMemberPath(root: JsonValue, rowKeys: readonly JsonKey[]): NewMember {
  const value = valueAt(root, rowKeys);
  const inside = Array.isArray(value) || isJsonObject(value);
  const container = inside ? rowKeys : rowKeys.slice(0, -1);
  const parent = inside ? value : valueAt(root, container);
  if (Array.isArray(parent)) {
    const index = inside ? parent.length : (rowKeys.at(-1) as number) + 1;
    return { container, index: inside ? undefined : index, member: [...container, index] };
  }
  const key = freeMemberKey(isJsonObject(parent) ? parent : {}, NEW_MEMBER_KEY);
  return { container, index: undefined, member: [...container, key] };
}
