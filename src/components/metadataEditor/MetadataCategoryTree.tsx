'use client';
import { type ClipboardEvent, type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { type JsonKey, valueAt } from '../../core/editAtPath';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../../core/json';
import { findNode } from '../jsonTree/expansion';
import { childCount } from '../jsonTree/flattenJson';
import { jsonPath, nodeKeys } from '../jsonTree/jsonPath';
import { useJsonTreeState } from '../jsonTree/jsonTreeState';
import { JsonTreeViewport } from '../jsonTree/JsonTreeViewport';
import { stringifyJson } from '../jsonTree/stringifyJson';
import { treeHandlers } from '../jsonTree/treeHandlers';
import type { TypeAhead } from '../jsonTree/typeAhead';
import { useCopyStatus } from '../jsonTree/useCopyStatus';
import { useRowFocus } from '../jsonTree/useRowFocus';
import { useVirtualRows } from '../jsonTree/useVirtualRows';
import { useVisibleTree } from '../jsonTree/useVisibleTree';
import type { ChangeMarker } from './changeMarkers';
import { type EditorCommand, readEditorKey } from './editorKeyboard';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { MetadataPath } from './metadataDraftState';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import { RowActions } from './RowActions';
import { type RowEdit, commitRowEdit, startRowEdit } from './rowEdit';
import { RowEditorForm } from './RowEditorForm';
import { newMemberPath } from './newMemberPath';

export interface MetadataCategoryTreeProps {
  category: MetadataCategory;
  value: JsonObject;
  label: string;
  markers: ReadonlyMap<string, ChangeMarker>;
  /** Schema issues by path (`jsonPath`, category first). */
  issues: ReadonlyMap<string, string>;
  /** Carries out an edit; returns whether the draft took it. */
  onAction: (action: MetadataDraftAction) => boolean;
  /** Commands that act on the whole draft (undo, redo). */
  onCommand: (command: 'undo' | 'redo') => void;
  labels: MetadataEditorLabels;
  locale: string | undefined;
  height: number;
  rowHeight: number;
}

// Rows rendered beyond each edge of the viewport, as in JsonTree.
const OVERSCAN = 8;

/**
 * One category of the draft as the inspector's virtualized tree, editable in place: F2 (or Enter on a
 * value) opens the row's inputs, Delete removes, Insert adds, a paste replaces the row's value by the
 * JSON pasted; each action also has a button on the current row.
 */
export function MetadataCategoryTree(props: MetadataCategoryTreeProps): ReactNode {
  const { category, value, label, labels, onAction } = props;
  const id = useId();
  const [state, dispatch] = useJsonTreeState(1);
  const tree = useVisibleTree(value, state);
  const count = tree.rows.length;
  // As in JsonTree: a node to follow (after "*") decides the row, until the reducer takes it over.
  const followedRow = state.followNode === null ? -1 : tree.rows.indexOf(state.followNode);
  const activeRow = Math.max(0, Math.min(followedRow >= 0 ? followedRow : state.activeRow, count - 1));
  const virtual = useVirtualRows({ count, rowHeight: props.rowHeight, maxHeight: props.height, overscan: OVERSCAN });
  const focus = useRowFocus();
  const [edit, setEdit] = useState<RowEdit | null>(null);
  const { status, copiedNode, copy } = useCopyStatus(labels);
  const typeAhead = useRef<TypeAhead | null>(null);
  const handlers = treeHandlers({
    tree,
    activeRow,
    dispatch,
    scrollToRow: virtual.scrollToRow,
    focusAfterRender: focus.focusAfterRender,
    // A long string is edited, not unfolded below the tree.
    showFullText: () => undefined,
    copyRow: (row) => {
      const node = tree.rows[row] as number;
      copy(stringifyJson(tree.flat.values[node] as JsonValue), node);
    },
    typeAhead,
  });

  const keysOf = (node: number) => nodeKeys(tree.flat, node);
  const nodeOfRow = (element: HTMLElement) => {
    const row = element.closest<HTMLElement>('[data-row]')?.dataset.row;
    return row === undefined ? undefined : tree.rows[Number(row)];
  };
  const pathOf = (keys: readonly JsonKey[]): MetadataPath => [category, ...keys];
  const activeNode = tree.rows[activeRow] as number;
  const editingPath = edit && jsonPath(edit.path);

  const startEdit = (keys: readonly JsonKey[]) => {
    const current = valueAt(value, keys);
    if (current === undefined || !keys.length) return;
    setEdit(startRowEdit(pathOf(keys), current, valueAt(value, keys.slice(0, -1))));
  };
  const finishEdit = () => {
    setEdit(null);
    focus.focusAfterRender();
  };
  const commit = () => {
    if (!edit) return;
    const current = valueAt(value, edit.path.slice(1)) as JsonValue;
    const actions = commitRowEdit(edit, current);
    if (typeof actions === 'string') setEdit({ ...edit, problem: actions });
    else if (actions.every(onAction)) finishEdit();
  };
  const add = (keys: readonly JsonKey[]) => {
    const target = newMemberPath(value, keys);
    if (!onAction({ type: 'add', path: pathOf(target.container), index: target.index })) return;
    if (target.container.length) dispatch({ type: 'toggle', keys: target.container, open: true });
    setEdit(startRowEdit(pathOf(target.member), '', valueAt(value, target.container)));
  };
  const run = (command: EditorCommand, node: number) => {
    const keys = keysOf(node);
    if (command === 'undo' || command === 'redo') props.onCommand(command);
    else if (command === 'edit') startEdit(keys);
    else if (command === 'add') add(keys);
    else if (keys.length && onAction({ type: 'remove', path: pathOf(keys) })) {
      // The row goes: the tab stop stays at its place (clamped), and so does focus.
      focus.focusAfterRender();
    }
  };

  const { scrollToRow } = virtual;
  useEffect(() => {
    if (state.followNode === null) return;
    dispatch({ type: 'activate', row: activeRow });
    scrollToRow(activeRow);
  }, [state.followNode, activeRow, dispatch, scrollToRow]);

  // A member just added (or a row edited from a button) may be out of view: bring its row to the tab stop.
  const editRow = edit ? tree.rows.indexOf(findNode(tree.flat, edit.path.slice(1)) ?? -1) : -1;
  useEffect(() => {
    if (editRow < 0) return;
    dispatch({ type: 'activate', row: editRow });
    virtual.scrollToRow(editRow);
    // Only when the row being edited changes place, not on every scroll.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editRow]);

  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('[data-part="form"]')) return;
    // The row the key was pressed on: focus may have moved there in this very event loop turn.
    const node = nodeOfRow(event.target as HTMLElement) ?? activeNode;
    const command = readEditorKey(event, childCount(tree.flat.values[node] as JsonValue) > 0);
    if (!command) return;
    event.preventDefault();
    event.stopPropagation();
    run(command, node);
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const part = (event.target as HTMLElement).closest<HTMLElement>('[data-part]')?.dataset.part;
    if (part === 'edit' || part === 'add' || part === 'remove') run(part, activeNode);
  };
  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    if (target.closest('[data-part="form"]')) return;
    event.preventDefault();
    const node = nodeOfRow(target) ?? activeNode;
    onAction({ type: 'paste', path: pathOf(keysOf(node)), text: event.clipboardData.getData('text/plain') });
  };

  const decorateRow = (node: number) => {
    const keys = keysOf(node);
    const path = jsonPath(pathOf(keys));
    const change = props.markers.get(path);
    const issue = props.issues.get(path);
    const editing = editingPath === path && edit;
    return {
      change,
      valueEditor: editing ? (
        <RowEditorForm edit={editing} labels={labels} onChange={setEdit} onCommit={commit} onCancel={finishEdit} />
      ) : undefined,
      children: (
        <>
          {change && <span className="rum-editor-mark">{labels.change(change)}</span>}
          {issue && <span className="rum-editor-issue">{issue}</span>}
          {node === activeNode && !editing && <RowActions labels={labels} canEdit={keys.length > 0} />}
        </>
      ),
    };
  };

  return (
    // Keys are read in the capture phase, before the tree's own handler: F2, Delete and Insert are the editor's.
    <div
      className="rum-editor-tree"
      onKeyDownCapture={onKeyDownCapture}
      onClick={onClick}
      onPaste={onPaste}
    >
      <JsonTreeViewport
        id={id}
        label={label}
        tree={tree}
        virtual={virtual}
        activeRow={activeRow}
        activeRowRef={focus.activeRowRef}
        copiedNode={copiedNode}
        // The editor has no search: no row is the current match.
        currentMatch={-1}
        rowHeight={props.rowHeight}
        locale={props.locale}
        labels={labels}
        {...handlers}
        decorateRow={decorateRow}
        onFocusRow={(row) => dispatch({ type: 'activate', row })}
      />
      <span role="status" className="rum-sr">
        {status}
      </span>
    </div>
  );
}
