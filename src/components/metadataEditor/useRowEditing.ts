'use client';
import { type ClipboardEvent, type KeyboardEvent, type MouseEvent, useEffect, useRef, useState } from 'react';
import type { JsonKey } from '../../core/editAtPath';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import type { JsonValue } from '../../core/json';
import { findNode } from '../jsonTree/expansion';
import { childCount } from '../jsonTree/flattenJson';
import { nodeKeys } from '../jsonTree/jsonPath';
import { useIsomorphicLayoutEffect } from '../jsonTree/useIsomorphicLayoutEffect';
import type { TreeController } from '../jsonTree/useTreeController';
import type { VisibleTree } from '../jsonTree/useVisibleTree';
import { readEditorKey } from './editorKeyboard';
import type { MetadataPath } from './metadataDraftState';
import type { EditingParts } from './editingPartsModule';
import type { RowEdit } from './rowEdit';
import type { RowCommand, RowCommandContext } from './runRowCommand';
import type { EditingPartsAccess, WaitingEdit } from './useEditingParts';
import { useRowCommit } from './useRowCommit';

/** The category's draft (what edits read; the tree may also show removed members), its markers and the editor's handlers, as a row command takes them. */
export interface RowEditingOptions extends Pick<RowCommandContext, 'draft' | 'markers' | 'onAction' | 'onCommand' | 'onStepChange'> {
  category: MetadataCategory;
  controller: TreeController;
  /** The editing parts, loaded on demand: each row command runs once they are there. */
  editingParts: EditingPartsAccess;
}

export interface RowEditing {
  /** The row being edited and what its inputs hold, or `null`. */
  edit: RowEdit | null;
  /** The editing parts, loaded before any row is edited. */
  parts: EditingParts | undefined;
  /** A row of this tree whose command waits for the editing parts (busy), or whose load failed. */
  waiting: WaitingEdit | null;
  /** Loads the editing parts again after a failure. */
  retry: () => void;
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
  const { category, draft, controller, onAction, editingParts } = options;
  const { dispatch, tree, activeNode, virtual, focus } = controller;
  const [edit, setEdit] = useState<RowEdit | null>(null);
  const pathOf = (keys: readonly JsonKey[]): MetadataPath => [category, ...keys];

  const finishEdit = () => {
    setEdit(null);
    focus.focusAfterRender();
  };
  const commit = useRowCommit({ edit, setEdit, draft, onAction, finishEdit });
  // A command that waited for the editing parts runs with the props of the render it finds, not of its own.
  const context = (keys: readonly JsonKey[]): RowCommandContext => ({
    path: pathOf(keys),
    draft,
    markers: options.markers,
    onAction,
    onCommand: options.onCommand,
    onStepChange: options.onStepChange,
    startEdit: setEdit,
    open: (container) => dispatch({ type: 'toggle', keys: container, open: true }),
    keepFocus: focus.focusAfterRender,
  });
  const latestContext = useRef(context);
  useIsomorphicLayoutEffect(() => {
    latestContext.current = context;
  });
  const run = (command: RowCommand, keys: readonly JsonKey[]) =>
    editingParts.withParts({ path: pathOf(keys), from: 'row' }, (parts) => parts.runRowCommand(command, latestContext.current(keys)));

  // A member just added (or a row edited from a button) may be out of view: bring its row to the tab stop.
  const editRow = edit ? tree.rows.indexOf(findNode(tree.flat, edit.path.slice(1)) ?? -1) : -1;
  useEffect(() => {
    if (editRow < 0) return;
    dispatch({ type: 'activate', row: editRow });
    virtual.scrollToRow(editRow);
    // Only when the row being edited changes place, not on every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editRow]);

  const { waiting } = editingParts;
  return {
    edit,
    parts: editingParts.parts,
    waiting: waiting?.from === 'row' && waiting.path[0] === category ? waiting : null,
    retry: editingParts.retry,
    setEdit,
    commit,
    finishEdit,
    handlers: rowEventHandlers(tree, activeNode, (command, node) => run(command, nodeKeys(tree.flat, node))),
  };
}

/**
 * Keys (read before the tree's own), the row buttons' clicks and pastes, each on the row it happened on:
 * focus may have moved there in this very event loop turn, before the tree's state knows.
 */
function rowEventHandlers(
  tree: VisibleTree,
  activeNode: number,
  run: (command: RowCommand, node: number) => void,
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
      run({ paste: event.clipboardData.getData('text/plain') }, nodeOfRow(event.target as HTMLElement));
    },
  };
}
