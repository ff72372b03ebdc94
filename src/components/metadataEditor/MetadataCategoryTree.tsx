'use client';
import { type ClipboardEvent, type CSSProperties, type KeyboardEvent, type MouseEvent, type ReactNode, useEffect, useState } from 'react';
import { type JsonKey, valueAt } from '../../core/editAtPath';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import type { JsonObject, JsonValue } from '../../core/json';
import { findNode } from '../jsonTree/expansion';
import { childCount } from '../jsonTree/flattenJson';
import { jsonPath, nodeKeys } from '../jsonTree/jsonPath';
import { JsonTreeViewport } from '../jsonTree/JsonTreeViewport';
import { useTreeController } from '../jsonTree/useTreeController';
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

/**
 * One category of the draft as the inspector's virtualized tree, editable in place: F2 (or Enter on a
 * value) opens the row's inputs, Delete removes, Insert adds, a paste replaces the row's value by the
 * JSON pasted; each action also has a button on the current row.
 */
export function MetadataCategoryTree(props: MetadataCategoryTreeProps): ReactNode {
  const { category, value, label, labels, onAction } = props;
  const controller = useTreeController({
    value,
    defaultExpandDepth: 1,
    rowHeight: props.rowHeight,
    height: props.height,
    labels,
    // A long string is edited, not unfolded below the tree.
    showFullText: () => undefined,
  });
  const { id, dispatch, tree, activeRow, activeNode, virtual, focus } = controller;
  const [edit, setEdit] = useState<RowEdit | null>(null);

  const keysOf = (node: number) => nodeKeys(tree.flat, node);
  const nodeOfRow = (element: HTMLElement) => {
    const row = element.closest<HTMLElement>('[data-row]')?.dataset.row;
    return row === undefined ? undefined : tree.rows[Number(row)];
  };
  const pathOf = (keys: readonly JsonKey[]): MetadataPath => [category, ...keys];
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
          {/* A badge in the change's colour; its word is the screen reader's and the pointer's tooltip. */}
          {change && (
            <span className="rum-editor-mark" title={labels.change(change)}>
              <span className="rum-sr">{labels.change(change)}</span>
            </span>
          )}
          {issue && (
            <span className="rum-editor-issue" title={issue}>
              {issue}
            </span>
          )}
          {node === activeNode && !editing && <RowActions labels={labels} canEdit={keys.length > 0} />}
        </>
      ),
    };
  };

  return (
    // Keys are read in the capture phase, before the tree's own handler: F2, Delete and Insert are the editor's.
    <div
      className="rum-editor-tree"
      // The rows' CSS height, as JsonTree sets it: the inputs are sized to fit it.
      style={{ '--rum-json-row': `${props.rowHeight}px` } as CSSProperties}
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
        copiedNode={controller.copiedNode}
        // The editor has no search: no row is the current match.
        currentMatch={-1}
        rowHeight={props.rowHeight}
        locale={props.locale}
        labels={labels}
        {...controller.handlers}
        decorateRow={decorateRow}
        onFocusRow={(row) => dispatch({ type: 'activate', row })}
      />
      <span role="status" className="rum-sr">
        {controller.status}
      </span>
    </div>
  );
}
