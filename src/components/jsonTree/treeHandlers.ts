import type { Dispatch, KeyboardEvent, MouseEvent, RefObject } from 'react';
import type { JsonValue } from '../../core/json';
import { childCount } from './flattenJson';
import { nodeKeys } from './jsonPath';
import type { JsonTreeAction } from './jsonTreeState';
import { isClipped } from './JsonTreeRow';
import { readTreeKey, type TreeCommand } from './treeKeyboard';
import { isRowOpen, parentRow, siblingContainerPaths, typeAheadRow } from './treeNavigation';
import { extendTypeAhead, type TypeAhead } from './typeAhead';
import type { VisibleTree } from './useVisibleTree';

export interface TreeHandlerContext {
  tree: VisibleTree;
  /** The row holding the tab stop, clamped to the rows shown. */
  activeRow: number;
  dispatch: Dispatch<JsonTreeAction>;
  /** Scrolls a row into view (it may not be rendered yet). */
  scrollToRow: (row: number) => void;
  /** Focus the active row once the next render has mounted it. */
  focusAfterRender: () => void;
  /** Shows a long string whole, below the tree. */
  showFullText: (text: string) => void;
  /** Copies the value of the node in a row, as JSON. */
  copyRow: (row: number) => void;
  /** The type-ahead typed so far, kept between renders. */
  typeAhead: RefObject<TypeAhead | null>;
}

export interface TreeHandlers {
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onClick: (event: MouseEvent<HTMLElement>) => void;
  onMouseDown: (event: MouseEvent<HTMLElement>) => void;
}

/** What keys and clicks on the rows do: the WAI-ARIA tree view pattern, type-ahead, copy and "Show more". */
export function treeHandlers(context: TreeHandlerContext): TreeHandlers {
  const { tree, activeRow, dispatch } = context;
  const { rows } = tree;
  const { keys, values, parents } = tree.flat;
  const isOpen = (row: number) => isRowOpen(rows, parents, row);
  const toggle = (row: number) => {
    const node = rows[row] as number;
    if (childCount(values[node] as JsonValue)) dispatch({ type: 'toggle', keys: nodeKeys(tree.flat, node), open: !isOpen(row) });
  };
  // Moves the tab stop and focus to a row, scrolling it into view first.
  const go = (row: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, row));
    if (next === activeRow) return;
    context.focusAfterRender();
    dispatch({ type: 'activate', row: next });
    context.scrollToRow(next);
  };
  const commands: Record<TreeCommand, () => void> = {
    next: () => go(activeRow + 1),
    previous: () => go(activeRow - 1),
    first: () => go(0),
    last: () => go(rows.length - 1),
    openOrEnter: () => (isOpen(activeRow) ? go(activeRow + 1) : toggle(activeRow)),
    closeOrLeave: () => (isOpen(activeRow) ? toggle(activeRow) : go(parentRow(rows, parents, activeRow))),
    activate: () => {
      const value = values[rows[activeRow] as number] as JsonValue;
      if (childCount(value)) toggle(activeRow);
      else if (isClipped(value)) context.showFullText(value);
      else context.copyRow(activeRow);
    },
    copy: () => context.copyRow(activeRow),
    expandSiblings: () => {
      const node = rows[activeRow] as number;
      // Rows above may open: focus follows the node to wherever its row lands.
      context.focusAfterRender();
      dispatch({ type: 'open', paths: siblingContainerPaths(tree.flat, node), follow: node });
    },
  };
  return {
    onKeyDown: (event) => {
      const command = readTreeKey(event);
      if (command === undefined) return;
      // Text the user selected in the tree is theirs to copy, as the browser does.
      if (command === 'copy' && !(getSelection()?.isCollapsed ?? true)) return;
      if (typeof command === 'string') commands[command]();
      else {
        const typed = extendTypeAhead(context.typeAhead.current, command.typeAhead, Date.now());
        context.typeAhead.current = typed;
        go(typeAheadRow(rows, keys, activeRow, typed.prefix));
      }
      event.preventDefault();
    },
    onClick: (event) => {
      const target = event.target as HTMLElement;
      const rowElement = target.closest<HTMLElement>('[data-row]');
      if (!rowElement) return;
      const row = Number(rowElement.dataset.row);
      // A click selects its row, wherever it lands: the row's buttons keep focus off themselves (onMouseDown).
      dispatch({ type: 'activate', row });
      rowElement.focus();
      const part = target.closest<HTMLElement>('[data-part]')?.dataset.part;
      if (part === 'chevron') toggle(row);
      else if (part === 'more') context.showFullText(values[rows[row] as number] as string);
      else if (part === 'copy') context.copyRow(row);
    },
    // Buttons in a row are for the mouse (the keyboard has Enter and Ctrl+C): pressing one leaves focus on its row.
    onMouseDown: (event) => {
      if ((event.target as HTMLElement).closest('button')) event.preventDefault();
    },
  };
}
