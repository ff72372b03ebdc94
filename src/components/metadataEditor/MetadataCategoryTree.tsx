'use client';
import { type CSSProperties, type ReactNode, useMemo } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import type { JsonObject } from '../../core/json';
import type { FlatJson } from '../jsonTree/flattenJson';
import { JsonTreeViewport } from '../jsonTree/JsonTreeViewport';
import { pathMarks } from '../jsonTree/pathMarks';
import { useIsomorphicLayoutEffect } from '../jsonTree/useIsomorphicLayoutEffect';
import { useTreeController } from '../jsonTree/useTreeController';
import type { ChangeMarker } from './changeMarkers';
import { decorateEditorRow } from './editorRowDecoration';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import { withRemovedMembers } from './removedMembers';
import type { EditingPartsAccess } from './useEditingParts';
import { useRevealRequest, type RevealRequest } from './useRevealRequest';
import { useRowEditing } from './useRowEditing';

export interface MetadataCategoryTreeProps {
  category: MetadataCategory;
  /** The category's draft. */
  value: JsonObject;
  label: string;
  /** The diff (every category's, in tree order): its removed members are shown in place. */
  changes: readonly MetadataChange[];
  markers: ReadonlyMap<string, ChangeMarker>;
  /** Schema issues by path (`jsonPath`, category first). */
  issues: ReadonlyMap<string, string>;
  /** Show only the changed, added and removed rows and the rows above them. */
  onlyChanges: boolean;
  /** Only changes are shown and this category has none: says so instead of the tree. */
  noChangesHere: boolean;
  /** A row to focus, if in this category. */
  reveal: RevealRequest | null;
  /** Carries out an edit; returns whether the draft took it. */
  onAction: (action: MetadataDraftAction) => boolean;
  /** Commands that act on the whole draft (undo, redo). */
  onCommand: (command: 'undo' | 'redo') => void;
  /** Goes to the next or previous change (Alt+Down, Alt+Up in the tree). */
  onStepChange: (direction: 'next' | 'previous') => void;
  /** The editing parts, loaded on demand (the tree's first focus or pointer starts the load). */
  editingParts: EditingPartsAccess;
  labels: MetadataEditorLabels;
  locale: string | undefined;
  height: number;
  rowHeight: number;
}

/**
 * One category of the draft as the inspector's virtualized tree, editable in place (see `useRowEditing`),
 * with the structural diff in it: changed and added rows marked, removed members shown struck through
 * where they were, and, on request, only the changes.
 */
export function MetadataCategoryTree(props: MetadataCategoryTreeProps): ReactNode {
  const { category, value, changes, labels, onlyChanges } = props;
  const shown = useMemo(() => withRemovedMembers(category, value, changes), [category, value, changes]);
  const filter = useMemo(() => {
    const paths = changes.filter((change) => change.path[0] === category).map((change) => change.path.slice(1));
    return (flat: FlatJson) => pathMarks(flat, paths);
  }, [category, changes]);
  const controller = useTreeController({
    value: shown.value,
    defaultExpandDepth: 1,
    rowHeight: props.rowHeight,
    height: props.height,
    labels,
    // A long string is edited, not unfolded below the tree.
    showFullText: () => undefined,
    filter,
  });
  const { dispatch, tree, activeNode } = controller;
  const editing = useRowEditing({
    category,
    draft: value,
    controller,
    markers: props.markers,
    onAction: props.onAction,
    onCommand: props.onCommand,
    onStepChange: props.onStepChange,
    editingParts: props.editingParts,
  });
  // The filter is the editor's toggle; the tree keeps the node in focus if it stays shown.
  useIsomorphicLayoutEffect(() => dispatch({ type: 'filter', on: onlyChanges, follow: activeNode }), [onlyChanges]);
  useRevealRequest(props.reveal, category, controller);
  const context = { category, tree, activeNode, markers: props.markers, issues: props.issues, labels, editing };

  return (
    // Keys are read in the capture phase, before the tree's own handler: F2, Delete and Insert are the editor's.
    <div
      className="rum-editor-tree"
      // The rows' CSS height, as JsonTree sets it: the inputs are sized to fit it.
      style={{ '--rum-json-row': `${props.rowHeight}px` } as CSSProperties}
      {...editing.handlers}
    >
      {props.noChangesHere ? (
        <p className="rum-metadata-empty">{labels.noChangesHere}</p>
      ) : (
        <JsonTreeViewport
          {...controller.viewport}
          label={props.label}
          // The editor has no search: no row is the current match.
          currentMatch={-1}
          rowHeight={props.rowHeight}
          locale={props.locale}
          labels={labels}
          decorateRow={(node) => decorateEditorRow(node, { ...context, removedCounts: shown.removedCounts })}
        />
      )}
      <span role="status" className="rum-sr">
        {controller.status}
      </span>
    </div>
  );
}
