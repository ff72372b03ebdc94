import { type JsonKey, valueAt } from '../../core/editAtPath';
import type { JsonObject } from '../../core/json';
import type { ChangeMarker } from './changeMarkers';
import type { EditorCommand } from './editorKeyboard';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { MetadataPath } from './metadataDraftState';
import { newMemberPath } from './newMemberPath';
import { readPastedJson } from './readPastedJson';
import { removedMemberOf } from './removedMembers';
import { type RowEdit, startRowEdit } from './rowEdit';

/** What a row's key, button or paste asks for. */
export type RowCommand = EditorCommand | { paste: string };

/** A category tree as a row command sees it (the render it runs in, which may follow the one it was asked in). */
export interface RowCommandContext {
  /** The row's path, category first. */
  path: MetadataPath;
  /** The category's draft. */
  draft: JsonObject;
  markers: ReadonlyMap<string, ChangeMarker>;
  /** Carries out an edit; returns whether the draft took it. */
  onAction: (action: MetadataDraftAction) => boolean;
  onCommand: (command: 'undo' | 'redo') => void;
  onStepChange: (direction: 'next' | 'previous') => void;
  /** Opens the row's inputs. */
  startEdit: (edit: RowEdit) => void;
  /** Opens a container's row (the one a member was added to). */
  open: (keys: readonly JsonKey[]) => void;
  /** Keeps focus on the row after the render (its tab stop stays). */
  keepFocus: () => void;
}

/**
 * Carries out a row command: edit opens the row's inputs, add a new member (and its inputs), remove
 * takes the member out (or restores a removed one), a paste replaces the row's value by the JSON pasted.
 */
export function runRowCommand(command: RowCommand, context: RowCommandContext): void {
  const { path, onAction } = context;
  const [category, ...keys] = path;
  const removed = removedMemberOf(path, context.markers);
  const keepFocusIf = (taken: boolean) => taken && context.keepFocus();
  if (command === 'undo' || command === 'redo') context.onCommand(command);
  else if (command === 'nextChange' || command === 'previousChange') context.onStepChange(command === 'nextChange' ? 'next' : 'previous');
  // A removed row (or one inside a removed member) is not in the draft: it can only come back.
  else if (removed) keepFocusIf(command === 'remove' && onAction({ type: 'restore', path: removed }));
  else if (typeof command === 'object') paste(path, command.paste, context);
  else if (command === 'edit') {
    const current = valueAt(context.draft, keys);
    if (current !== undefined && keys.length) context.startEdit(startRowEdit(path, current, valueAt(context.draft, keys.slice(0, -1))));
  } else if (command === 'add') {
    const target = newMemberPath(context.draft, keys);
    if (!onAction({ type: 'add', path: [category, ...target.container], index: target.index })) return;
    if (target.container.length) context.open(target.container);
    context.startEdit(startRowEdit([category, ...target.member], '', valueAt(context.draft, target.container)));
  } else if (keys.length) keepFocusIf(onAction({ type: 'remove', path }));
}

function paste(path: MetadataPath, text: string, { draft, onAction }: RowCommandContext) {
  const json = readPastedJson(text);
  // Large text, or text with a number only the lossless parser keeps exact, is read in later tasks: it
  // is pasted on the draft it was pasted on, or refused if another edit came first.
  if (json instanceof Promise) void json.then((read) => onAction({ type: 'paste', path, json: read, readFrom: draft }));
  else onAction({ type: 'paste', path, json });
}
