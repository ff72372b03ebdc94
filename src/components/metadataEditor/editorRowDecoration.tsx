import type { JsonKey } from '../../core/editAtPath';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import { Icon } from '../Icon';
import { jsonPath, nodeKeys } from '../jsonTree/jsonPath';
import type { JsonTreeRowDecoration } from '../jsonTree/JsonTreeRow';
import type { VisibleTree } from '../jsonTree/useVisibleTree';
import type { ChangeMarker } from './changeMarkers';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import { removedMemberOf, type SetPosition, setPositionAmongRemoved } from './removedMembers';
import { RowActions } from './RowActions';
import type { RowEdit } from './rowEdit';
import { EditorPartWaiting } from './EditorPartWaiting';
import type { RowEditing } from './useRowEditing';

export interface EditorRowContext {
  category: MetadataCategory;
  tree: VisibleTree;
  activeNode: number;
  markers: ReadonlyMap<string, ChangeMarker>;
  /** Schema issues by path (`jsonPath`, category first). */
  issues: ReadonlyMap<string, string>;
  /** Removed members shown per container (see `withRemovedMembers`). */
  removedCounts: ReadonlyMap<string, number>;
  editing: RowEditing;
  labels: MetadataEditorLabels;
}

/**
 * What the editor adds to the row of a node: its diff mark, its schema issue, the inputs while it is
 * edited, the current row's buttons, and for a removed member its own set positions and how to restore it.
 */
export function decorateEditorRow(node: number, context: EditorRowContext): JsonTreeRowDecoration {
  const { labels, editing } = context;
  const keys = nodeKeys(context.tree.flat, node);
  const path: [MetadataCategory, ...JsonKey[]] = [context.category, ...keys];
  const pathText = jsonPath(path);
  const removed = removedMemberOf(path, context.markers) !== undefined;
  const change = removed ? 'removed' : context.markers.get(pathText);
  const issue = context.issues.get(pathText);
  const edit: RowEdit | null = editing.edit && jsonPath(editing.edit.path) === pathText ? editing.edit : null;
  // An open form means the editing parts have loaded; a row whose command waits for them shows that.
  const Form = edit && editing.parts?.RowEditorForm;
  const waiting = editing.waiting && jsonPath(editing.waiting.path) === pathText ? editing.waiting : null;
  return {
    change,
    ...setPosition(node, keys, context),
    editsKey: edit?.key !== undefined,
    valueEditor:
      edit && Form ? (
        <Form edit={edit} labels={labels} onChange={editing.setEdit} onCommit={editing.commit} onCancel={editing.finishEdit} />
      ) : waiting ? (
        <EditorPartWaiting failed={waiting.failed} onRetry={editing.retry} labels={labels} inRow />
      ) : undefined,
    children: (
      <>
        {/* A badge in the change's colour; its word is the screen reader's and the pointer's tooltip. */}
        {change && (
          <span className="rum-editor-mark" title={labels.change(change)}>
            <span className="rum-sr">
              {labels.change(change)}
              {removed && `, ${labels.restoreHint}`}
            </span>
          </span>
        )}
        {issue && (
          <span className="rum-editor-issue" title={issue}>
            {/* Shown alone in a narrow tree (editor.css), the message clipped but still in the row's name. */}
            <Icon name="warning" />
            {issue}
          </span>
        )}
        {node === context.activeNode && !edit && !waiting && <RowActions labels={labels} canEdit={keys.length > 0} removed={removed} />}
      </>
    ),
  };
}

/** A member of a container that shows removed members counts among the draft's members or among the removed. */
function setPosition(node: number, keys: readonly JsonKey[], context: EditorRowContext): SetPosition | undefined {
  if (!keys.length) return undefined;
  const removed = context.removedCounts.get(jsonPath([context.category, ...keys.slice(0, -1)]));
  if (!removed) return undefined;
  const { tree } = context;
  const parent = tree.flat.parents[node] as number;
  return setPositionAmongRemoved(tree.posInSet[node] as number, tree.setSize[parent] as number, removed);
}
