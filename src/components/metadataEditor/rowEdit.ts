import { isJsonObject } from '../../core/exactJson';
import { jsonEqual } from '../../core/jsonEqual';
import type { JsonValue } from '../../core/json';
import { jsonValueType, type JsonValueType, parseValueInput, toContainer } from './jsonValueType';
import { NEEDS_PARSER } from './losslessParser';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { MetadataPath } from './metadataDraftState';

/** The row being edited: what its inputs hold. */
export interface RowEdit {
  path: MetadataPath;
  /** The key input; `undefined` for an array item, whose key is its index. */
  key: string | undefined;
  type: JsonValueType;
  /** The value input (for a string, number or boolean). */
  text: string;
  /** Why the last commit was refused, shown next to the inputs. */
  problem?: RowEditProblem;
  /** The commit waits for the lossless parser its number needs: the inputs hold still meanwhile. */
  pending?: boolean;
}

/** `parser-unavailable`: the number needs the lossless parser, which failed to load (offline, a new deploy). */
export type RowEditProblem = 'not-a-number' | 'not-a-boolean' | 'empty-key' | 'parser-unavailable';

/** The inputs for editing the member at `path`, filled from its value. */
export function startRowEdit(path: MetadataPath, value: JsonValue, parent: JsonValue | undefined): RowEdit {
  const key = path.at(-1);
  const type = jsonValueType(value);
  return {
    path,
    key: isJsonObject(parent) && typeof key === 'string' ? key : undefined,
    type,
    text: type === 'string' ? (value as string) : isJsonObject(value) || Array.isArray(value) ? '' : String(value),
  };
}

/**
 * The draft actions that carry out an edit (a rename, then the new value at the renamed path), or the
 * problem that keeps it open, or `NEEDS_PARSER` for a number to load the lossless parser for (then
 * commit again). Nothing is sent for what did not change.
 */
export function commitRowEdit(
  edit: RowEdit,
  current: JsonValue,
): MetadataDraftAction[] | RowEditProblem | typeof NEEDS_PARSER {
  const next = newValue(edit, current);
  if ('problem' in next) return next.problem;
  const actions: MetadataDraftAction[] = [];
  let path = edit.path;
  if (edit.key !== undefined && edit.key !== path.at(-1)) {
    if (!edit.key) return 'empty-key';
    actions.push({ type: 'rename', path, key: edit.key });
    path = [path[0], ...path.slice(1, -1), edit.key];
  }
  if (!jsonEqual(next.value, current)) actions.push({ type: 'setValue', path, value: next.value });
  return actions;
}

function newValue(
  edit: RowEdit,
  current: JsonValue,
): { value: JsonValue } | { problem: RowEditProblem | typeof NEEDS_PARSER } {
  if (edit.type === 'object' || edit.type === 'array') return { value: toContainer(current, edit.type) };
  // The boolean select shows anything but "true" as false.
  if (edit.type === 'boolean') return { value: edit.text === 'true' };
  const parsed = parseValueInput(edit.type, edit.text);
  return parsed.ok ? { value: parsed.value } : { problem: parsed.problem };
}
