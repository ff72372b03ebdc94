'use client';
import { type ClipboardEvent, type KeyboardEvent, type MouseEvent, useEffect, useState } from 'react';
import { type JsonKey, valueAt } from '../../core/editAtPath';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../../core/json';
import { findNode } from '../jsonTree/expansion';
import { childCount } from '../jsonTree/flattenJson';
import { nodeKeys } from '../jsonTree/jsonPath';
import type { TreeController } from '../jsonTree/useTreeController';
import type { VisibleTree } from '../jsonTree/useVisibleTree';
import type { ChangeMarker } from './changeMarkers';
import { type EditorCommand, readEditorKey } from './editorKeyboard';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { MetadataPath } from './metadataDraftState';
import { newMemberPath } from './newMemberPath';
import { removedMemberOf } from './removedMembers';
import { readPastedJson } from './readPastedJson';
import { type RowEdit, startRowEdit } from './rowEdit';
import { useRowCommit } from './useRowCommit';

export interface RowEditingOptions {
  category: MetadataCategory;
  /** The category's draft: what edits read (the tree may also show removed members). */
  draft: JsonObject;
  controller: TreeController;
  markers: ReadonlyMap<string, ChangeMarker>;
  /** Carries out an edit; returns whether the draft took it. */
  onAction: (action: MetadataDraftAction) => boolean;
  /** Commands on the whole draft (undo, redo). */
  onCommand: (command: 'undo' | 'redo') => void;
  /** Goes to the next or previous change (Alt+Down, Alt+Up). */
  onStepChange: (direction: 'next' | 'previous') => void;
}

export interface RowEditing {
  /** The row being edited and what its inputs hold, or `null`. */
  edit: RowEdit | null;
  setEdit: (edit: RowEdit) => void;
  commit: () => void;
  /** Closes the row's inputs (a cancel, or after a commit), focus back on the row. */
  finishEdit: () => void;
  /** For the element around the tree: keys read before the tree's own, the rows' buttons, and paste. */
  handlers: {
    onKeyDownCapture: (event: KeyboardEvent<HTMLDivElement>) => void;
    onClick: (event: MouseEvent<HTMLDivElement>) => void;
    onPaste: (event: ClipboardEvent<HTMLDivElement>) => void;
  };
}

/**
 * What the editor's keys, row buttons and pastes do to a category tree's rows: F2 (or Enter on a value)
 * opens the row's inputs, Delete removes (or restores a removed row), Insert adds, a paste replaces the
 * row's value by the JSON pasted, Alt+Down/Up step through the changes, Ctrl/Cmd+Z and Shift+Z undo and redo.
 */
export function useRowEditing(options: RowEditingOptions): RowEditing {
  const { category, draft, controller, onAction } = options;
  const { dispatch, tree, activeNode, virtual, focus } = controller;
  const [edit, setEdit] = useState<RowEdit | null>(null);
  const pathOf = (keys: readonly JsonKey[]): MetadataPath => [category, ...keys];

  const startEdit = (keys: readonly JsonKey[]) => {
    const current = valueAt(draft, keys);
    if (current === undefined || !keys.length) return;
    setEdit(startRowEdit(pathOf(keys), current, valueAt(draft, keys.slice(0, -1))));
  };
  const finishEdit = () => {
    setEdit(null);
    focus.focusAfterRender();
  };
  const commit = useRowCommit({ edit, setEdit, draft, onAction, finishEdit });
  const add = (keys: readonly JsonKey[]) => {
    const target = newMemberPath(draft, keys);
    if (!onAction({ type: 'add', path: pathOf(target.container), index: target.index })) return;
    if (target.container.length) dispatch({ type: 'toggle', keys: target.container, open: true });
    setEdit(startRowEdit(pathOf(target.member), '', valueAt(draft, target.container)));
  };
  // The row stays (removed, then restored, or the next one taking its place): so do the tab stop and focus.
  const keepFocusIf = (taken: boolean) => taken && focus.focusAfterRender();
  const run = (command: EditorCommand, node: number) => {
    const keys = nodeKeys(tree.flat, node);
    const removed = removedMemberOf(pathOf(keys), options.markers);
    if (command === 'undo' || command === 'redo') options.onCommand(command);
    else if (command === 'nextChange' || command === 'previousChange') options.onStepChange(command === 'nextChange' ? 'next' : 'previous');
    // A removed row (or one inside a removed member) is not in the draft: it can only come back.
    else if (removed) keepFocusIf(command === 'remove' && onAction({ type: 'restore', path: removed }));
    else if (command === 'edit') startEdit(keys);
    else if (command === 'add') add(keys);
    else if (keys.length) keepFocusIf(onAction({ type: 'remove', path: pathOf(keys) }));
  };

  // A member just added (or a row edited from a button) may be out of view: bring its row to the tab stop.
  const editRow = edit ? tree.rows.indexOf(findNode(tree.flat, edit.path.slice(1)) ?? -1) : -1;
  useEffect(() => {
    if (editRow < 0) return;
    dispatch({ type: 'activate', row: editRow });
    virtual.scrollToRow(editRow);
    // Only when the row being edited changes place, not on every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editRow]);

  const handlers = rowEventHandlers(tree, activeNode, run, (node, text) => {
    const keys = nodeKeys(tree.flat, node);
    if (removedMemberOf(pathOf(keys), options.markers)) return;
    const json = readPastedJson(text);
    // Text with a number only the lossless parser keeps exact is pasted once it has loaded.
    if (json instanceof Promise) void json.then((read) => onAction({ type: 'paste', path: pathOf(keys), json: read }));
    else onAction({ type: 'paste', path: pathOf(keys), json });
  });
  return { edit, setEdit, commit, finishEdit, handlers };
}

/**
 * Keys (read before the tree's own), the row buttons' clicks and pastes, each on the row it happened on:
 * focus may have moved there in this very event loop turn, before the tree's state knows.
 */
function rowEventHandlers(
  tree: VisibleTree,
  activeNode: number,
  run: (command: EditorCommand, node: number) => void,
  paste: (node: number, text: string) => void,
): RowEditing['handlers'] {
  const nodeOfRow = (element: HTMLElement) => {
    const row = element.closest<HTMLElement>('[data-row]')?.dataset.row;
    return row === undefined ? activeNode : (tree.rows[Number(row)] as number);
  };
  const inForm = (event: { target: EventTarget }) => (event.target as HTMLElement).closest('[data-part="form"]') !== null;
  return {
    onKeyDownCapture: (event) => {
      if (inForm(event)) return;
      const node = nodeOfRow(event.target as HTMLElement);
      const command = readEditorKey(event, childCount(tree.flat.values[node] as JsonValue) > 0);
      if (!command) return;
      event.preventDefault();
      event.stopPropagation();
      run(command, node);
    },
    onClick: (event) => {
      const part = (event.target as HTMLElement).closest<HTMLElement>('[data-part]')?.dataset.part;
      if (part === 'edit' || part === 'add' || part === 'remove') run(part, activeNode);
      else if (part === 'restore') run('remove', activeNode);
    },
    onPaste: (event) => {
      if (inForm(event)) return;
      event.preventDefault();
      paste(nodeOfRow(event.target as HTMLElement), event.clipboardData.getData('text/plain'));
    },
  };
}
