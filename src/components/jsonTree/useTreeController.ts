import { type Dispatch, useId, useRef } from 'react';
import type { JsonValue } from '../../core/json';
import { type JsonTreeAction, type JsonTreeState, useJsonTreeState } from './jsonTreeState';
import { stringifyExactJson } from '../../core/stringifyExactJson';
import type { JsonTreeViewportProps } from './JsonTreeViewport';
import { treeHandlers } from './treeHandlers';
import type { TypeAhead } from './typeAhead';
import { type CopyMessages, type CopyStatus, useCopyStatus } from './useCopyStatus';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';
import { type RowFocus, useRowFocus } from './useRowFocus';
import { type VirtualRows, useVirtualRows } from './useVirtualRows';
import type { TreeFilter } from './treeMarks';
import { type VisibleTree, useVisibleTree } from './useVisibleTree';

// Rows rendered beyond each edge of the viewport, so fast scrolling does not show blank space.
const OVERSCAN = 8;

export interface TreeControllerOptions {
  value: JsonValue;
  defaultExpandDepth: number;
  rowHeight: number;
  /** Largest height of the viewport in px. */
  height: number;
  labels: CopyMessages;
  /** What Enter on a cut string does (the inspector unfolds it; the editor edits instead). */
  showFullText: (text: string) => void;
  /** What a `filter` action narrows the rows to (memoized): the nodes it marks. */
  filter?: TreeFilter;
}

/** What `JsonTreeViewport` takes from the controller: the rows, focus, copy mark, keys and clicks. */
type TreeViewportProps = Pick<
  JsonTreeViewportProps,
  'id' | 'tree' | 'virtual' | 'activeRow' | 'activeRowRef' | 'copiedNode' | 'onKeyDown' | 'onClick' | 'onMouseDown' | 'onFocusRow'
>;

export interface TreeController extends CopyStatus {
  /** Id of the tree element, for `aria-controls` and the match count. */
  id: string;
  state: JsonTreeState;
  dispatch: Dispatch<JsonTreeAction>;
  tree: VisibleTree;
  /** The row holding the tab stop, clamped to the rows there are. */
  activeRow: number;
  activeNode: number;
  virtual: VirtualRows;
  focus: RowFocus;
  /** Copies a node's value as JSON (exact numbers kept) and marks its row as copied. */
  copyNode: (node: number) => void;
  /** Spread on `JsonTreeViewport`: the same for the read-only tree and the editor's trees. */
  viewport: TreeViewportProps;
}

/**
 * The state, rows, virtualization, focus and copy that the read-only tree and the editor's trees share:
 * one place for the tree's behaviour, each component adding only its own chrome.
 */
export function useTreeController(options: TreeControllerOptions): TreeController {
  const { value, rowHeight, height, labels, showFullText } = options;
  const id = useId();
  const [state, dispatch] = useJsonTreeState(options.defaultExpandDepth);
  const tree = useVisibleTree(value, state, options.filter);
  const count = tree.rows.length;
  // A node to follow (after "*" or a jump to a match) decides the row as soon as the rows are walked...
  const followedRow = state.followNode === null ? -1 : tree.rows.indexOf(state.followNode);
  const activeRow = Math.max(0, Math.min(followedRow >= 0 ? followedRow : state.activeRow, count - 1));
  const virtual = useVirtualRows({ count, rowHeight, maxHeight: height, overscan: OVERSCAN });
  const { scrollToRow } = virtual;
  const focus = useRowFocus();
  const copyStatus = useCopyStatus(labels);
  const typeAhead = useRef<TypeAhead | null>(null);
  const copyNode = (node: number) => copyStatus.copy(stringifyExactJson(tree.flat.values[node] as JsonValue), node);

  // ...and the reducer takes that row over once it is rendered, scrolled into view before it paints.
  useIsomorphicLayoutEffect(() => {
    if (state.followNode === null) return;
    dispatch({ type: 'activate', row: activeRow });
    scrollToRow(activeRow);
  }, [state.followNode, activeRow, dispatch, scrollToRow]);

  const handlers = treeHandlers({
    tree,
    activeRow,
    dispatch,
    scrollToRow,
    focusAfterRender: focus.focusAfterRender,
    showFullText,
    copyRow: (row) => copyNode(tree.rows[row] as number),
    typeAhead,
  });
  const activeNode = tree.rows[activeRow] as number;
  const viewport: TreeViewportProps = {
    ...handlers,
    id,
    tree,
    virtual,
    activeRow,
    activeRowRef: focus.activeRowRef,
    copiedNode: copyStatus.copiedNode,
    onFocusRow: (row) => dispatch({ type: 'activate', row }),
  };
  return { ...copyStatus, id, state, dispatch, tree, activeRow, activeNode, virtual, focus, copyNode, viewport };
}
