import { withoutNulls } from '../../core/createMetadataPatch';
import { freeMemberKey, insertItem, type JsonKey, renameMember, updateAt, valueAt } from '../../core/editAtPath';
import { isJsonObject } from '../../core/exactJson';
import type { HankoUserMetadata, MetadataCategory } from '../../core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../../core/json';
import { rebasedDraft } from '../../core/rebaseMetadataDraft';
import { setMember } from '../../core/setMember';
import { applyDraftCommand, isDraftCommand, type MetadataDraftCommand } from './draftCommands';
import { type DraftAccess, draftRefusal } from './draftAccess';
import {
  DRAFT_HISTORY_LIMIT,
  type DraftRefusal,
  type MetadataDraftState,
  type MetadataPath,
  toMetadataDraft,
} from './metadataDraftState';

/** An edit of the draft's members (or a rebase of its changes): these come with the editing parts, loaded on demand. */
export type MetadataDraftEdit =
  /** Replace the value at a path (a category itself only by an object). */
  | { type: 'setValue'; path: MetadataPath; value: JsonValue }
  /** Rename the object member at a path, keeping its place. */
  | { type: 'rename'; path: MetadataPath; key: string }
  /** Add a member to the container at a path: `key` for an object (a free one when left out), `index` for an array (default: at the end). */
  | { type: 'add'; path: MetadataPath; key?: string; index?: number; value?: JsonValue }
  /** Remove the member at a path; a category is emptied. */
  | { type: 'remove'; path: MetadataPath }
  /** Put a member removed from the base back (an array's items up to it, so no index is skipped). */
  | { type: 'restore'; path: MetadataPath }
  /**
   * Replace the value at a path by pasted JSON, read by the caller (`readJsonText`, exact numbers kept,
   * the lossless parser loaded first when the text needs it), or refuse it with why it could not be read.
   * `readFrom`, for text read in a later task: the category's draft it was pasted on, so a paste that
   * arrives after another edit is refused instead of undoing that edit.
   */
  | { type: 'paste'; path: MetadataPath; json: PastedJson; readFrom?: JsonObject }
  /** Move the draft onto the metadata as it is now (after a 409), keeping every change of mine. */
  | { type: 'rebase'; current: HankoUserMetadata | null };

export type MetadataDraftAction = MetadataDraftEdit | MetadataDraftCommand;

/** Pasted text as read: its value, or why it has none (not JSON, or the parser it needed failed to load). */
export type PastedJson = { ok: true; value: JsonValue } | { ok: false; reason: 'invalid-json' | 'parser-unavailable' };

/** New members start as an empty string under this key (or key2, key3…). */
export const NEW_MEMBER_KEY = 'key';

/**
 * The editor's draft as a pure reducer. An edit that cannot be made (read-only, masked, a duplicate
 * key…) leaves the draft as it was and says why in `refused`; one that changes nothing adds no undo
 * step. Values are stored as Hanko would store them: no `null` members inside objects.
 */
export function metadataDraftReducer(state: MetadataDraftState, action: MetadataDraftAction): MetadataDraftState {
  if (isDraftCommand(action)) return applyDraftCommand(state, action);
  switch (action.type) {
    case 'setValue':
      return edit(state, action.path, 'write', (root, keys) => setValueIn(root, keys, action.value));
    case 'rename':
      return edit(state, action.path, 'write', (root, keys) => renameIn(root, keys, action.key));
    case 'add':
      return edit(state, action.path, 'insert', (root, keys) => addIn(root, keys, action));
    case 'remove':
      return edit(state, action.path, 'remove', removeIn);
    case 'restore': {
      const [category, ...keys] = action.path;
      const container: MetadataPath = [category, ...keys.slice(0, -1)];
      return edit(state, container, 'insert', (root, at) => restoreIn(root, at, keys.at(-1), state.base[category]));
    }
    case 'paste':
      return edit(state, action.path, 'write', (root, keys) => {
        if (action.readFrom && action.readFrom !== root) return 'changed-while-read';
        return action.json.ok ? setValueIn(root, keys, action.json.value) : action.json.reason;
      });
    case 'rebase': {
      const base = toMetadataDraft(action.current);
      const draft = toMetadataDraft(rebasedDraft(state.base, state.draft, action.current));
      return { ...state, base, draft, past: [], future: [], refused: undefined };
    }
  }
}

type CategoryEdit = (root: JsonObject, keys: readonly JsonKey[]) => JsonObject | DraftRefusal;

/** Checks access, applies `change` to the path's category and records the step for undo. */
function edit(state: MetadataDraftState, path: MetadataPath, access: DraftAccess, change: CategoryEdit): MetadataDraftState {
  const [category, ...keys] = path;
  const next = draftRefusal(state, path, access) ?? change(state.draft[category], keys);
  if (typeof next === 'string') return { ...state, refused: next };
  if (next === state.draft[category]) return state.refused ? { ...state, refused: undefined } : state;
  return withDraft(state, category, next);
}

function withDraft(state: MetadataDraftState, category: MetadataCategory, root: JsonObject): MetadataDraftState {
  return {
    ...state,
    draft: { ...state.draft, [category]: root },
    past: [...state.past, state.draft].slice(-DRAFT_HISTORY_LIMIT),
    future: [],
    refused: undefined,
  };
}

/** `root` with `value` at `keys`; a category itself must stay an object, an object member cannot be `null`. */
function setValueIn(root: JsonObject, keys: readonly JsonKey[], value: JsonValue): JsonObject | DraftRefusal {
  if (!keys.length) return isJsonObject(value) ? withoutNulls(value) : 'category-not-object';
  const parent = valueAt(root, keys.slice(0, -1));
  if (valueAt(root, keys) === undefined) return 'not-found';
  const inObject = isJsonObject(parent);
  if (inObject && value === null) return 'null-member';
  return updateAt(root, keys, () => (inObject ? withoutNulls(value) : value)) as JsonObject;
}

function renameIn(root: JsonObject, keys: readonly JsonKey[], to: string): JsonObject | DraftRefusal {
  const from = keys.at(-1);
  const parentKeys = keys.slice(0, -1);
  const parent = valueAt(root, parentKeys);
  if (typeof from !== 'string' || !isJsonObject(parent) || !Object.hasOwn(parent, from)) return 'not-found';
  if (from === to) return root;
  if (Object.hasOwn(parent, to)) return 'duplicate-key';
  return updateAt(root, parentKeys, (object) => renameMember(object as JsonObject, from, to)) as JsonObject;
}

function addIn(
  root: JsonObject,
  keys: readonly JsonKey[],
  { key, index, value = '' }: { key?: string; index?: number; value?: JsonValue },
): JsonObject | DraftRefusal {
  const container = valueAt(root, keys);
  if (Array.isArray(container)) {
    return updateAt(root, keys, () => insertItem(container, index ?? container.length, value)) as JsonObject;
  }
  if (!isJsonObject(container)) return 'not-found';
  if (value === null) return 'null-member';
  const memberKey = key ?? freeMemberKey(container, NEW_MEMBER_KEY);
  if (Object.hasOwn(container, memberKey)) return 'duplicate-key';
  const grown: JsonObject = { ...container };
  setMember(grown, memberKey, withoutNulls(value));
  return updateAt(root, keys, () => grown) as JsonObject;
}

/** `root` without the member at `keys`; a category itself is emptied. */
function removeIn(root: JsonObject, keys: readonly JsonKey[]): JsonObject | DraftRefusal {
  if (!keys.length) return {};
  return valueAt(root, keys) === undefined ? 'not-found' : (updateAt(root, keys, () => undefined) as JsonObject);
}

/** `root` with the base's member `key` back in the container at `keys`, where the draft no longer has it. */
function restoreIn(root: JsonObject, keys: readonly JsonKey[], key: JsonKey | undefined, base: JsonObject): JsonObject | DraftRefusal {
  const container = valueAt(root, keys);
  const baseContainer = valueAt(base, keys);
  if (key === undefined || valueAt(baseContainer, [key]) === undefined) return 'not-found';
  if (Array.isArray(container) && Array.isArray(baseContainer) && typeof key === 'number') {
    if (key < container.length) return 'not-found';
    // Removed items are the array's tail: the ones before `key` come back too, or it would land at another index.
    return updateAt(root, keys, () => container.concat(baseContainer.slice(container.length, key + 1))) as JsonObject;
  }
  if (!isJsonObject(container) || typeof key !== 'string') return 'not-found';
  if (Object.hasOwn(container, key)) return 'duplicate-key';
  const restored: JsonObject = { ...container };
  setMember(restored, key, (baseContainer as JsonObject)[key] as JsonValue);
  return updateAt(root, keys, () => restored) as JsonObject;
}
