import type { KeyboardEvent, MouseEvent, ReactNode, RefObject } from 'react';
import type { JsonTreeLabels } from './jsonTreeLabels';
import { JsonTreeRow, type JsonTreeRowDecoration } from './JsonTreeRow';
import type { VirtualRows } from './useVirtualRows';
import type { VisibleTree } from './useVisibleTree';

export interface JsonTreeViewportProps {
  id: string;
  label: string;
  tree: VisibleTree;
  virtual: VirtualRows;
  activeRow: number;
  activeRowRef: RefObject<HTMLDivElement | null>;
  /** The node whose value was just copied: its row's copy button shows a check. */
  copiedNode: number | null;
  /** The search's current match (-1 for none): its row marks the match more strongly. */
  currentMatch: number;
  rowHeight: number;
  locale: string | undefined;
  labels: JsonTreeLabels;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onClick: (event: MouseEvent<HTMLDivElement>) => void;
  onMouseDown: (event: MouseEvent<HTMLDivElement>) => void;
  /** What an editing tree adds to the row showing a node. */
  decorateRow?: (node: number) => JsonTreeRowDecoration | undefined;
  /** A row took focus (by Tab, a click or a screen reader's own navigation). */
  onFocusRow: (row: number) => void;
}

/** The scrolling `role="tree"` element with the rows in view, and the focused row wherever it is. */
export function JsonTreeViewport(props: JsonTreeViewportProps): ReactNode {
  const { tree, virtual, activeRow } = props;
  const renderRow = (row: number) => (
    <JsonTreeRow
      key={row}
      tree={tree}
      row={row}
      active={row === activeRow}
      copied={tree.rows[row] === props.copiedNode}
      currentMatch={tree.rows[row] === props.currentMatch}
      elementRef={row === activeRow ? props.activeRowRef : undefined}
      rowHeight={props.rowHeight}
      locale={props.locale}
      labels={props.labels}
      {...props.decorateRow?.(tree.rows[row] as number)}
    />
  );
  const { firstRow, lastRow } = virtual;
  const shown: ReactNode[] = [];
  // The focused row stays rendered when scrolled away, so focus is never lost to the page.
  if (activeRow < firstRow) shown.push(renderRow(activeRow));
  for (let row = firstRow; row <= lastRow; row++) shown.push(renderRow(row));
  if (activeRow > lastRow) shown.push(renderRow(activeRow));

  return (
    <div
      ref={virtual.viewportRef}
      role="tree"
      id={props.id}
      aria-label={props.label}
      className="rum-json-viewport"
      style={{ height: virtual.viewportHeight }}
      onScroll={virtual.onScroll}
      onFocus={(event) => {
        const row = (event.target as HTMLElement).dataset.row;
        if (row !== undefined) props.onFocusRow(Number(row));
      }}
      onClick={props.onClick}
      onMouseDown={props.onMouseDown}
      onKeyDown={props.onKeyDown}
    >
      <div className="rum-json-rows" style={{ height: virtual.totalHeight }}>
        {shown}
      </div>
    </div>
  );
}
