import type { ReactNode, Ref } from 'react';
import type { JsonValue } from '../../core/json';
import { Icon } from '../Icon';
import { childCount, isContainer } from './flattenJson';
import { formatCount } from './formatCount';
import { JsonText } from './JsonText';
import type { JsonTreeLabels } from './jsonTreeLabels';
import { isRowOpen } from './treeNavigation';
import type { VisibleTree } from './useVisibleTree';

// Longer strings are cut in their row; "Show more" shows them whole below the tree.
const CLIPPED_LENGTH = 100;
// Tooltips of keys and values cut by the row's width end here: enough to read, bounded for a 1 MB string.
const TOOLTIP_LENGTH = 500;
// The indent stops growing at this level, so a very deep value stays readable.
const MAX_INDENT_LEVEL = 40;

/** Whether a value is a string too long for its row. */
export const isClipped = (value: JsonValue): value is string =>
  typeof value === 'string' && value.length > CLIPPED_LENGTH;

export interface JsonTreeRowProps {
  tree: VisibleTree;
  /** Position among the rows shown: sets its place in the scrolling content. */
  row: number;
  /** Holds the tree's one tab stop. */
  active: boolean;
  /** Its value was just copied: the copy button shows a check. */
  copied: boolean;
  /** It is the search's current match (Enter in the search box steps through them). */
  currentMatch: boolean;
  /** Set on the active row, to focus it after a keyboard move. */
  elementRef: Ref<HTMLDivElement> | undefined;
  rowHeight: number;
  locale: string | undefined;
  labels: JsonTreeLabels;
}

/** What a tree built on these rows (the metadata editor) adds to a row. */
export interface JsonTreeRowDecoration {
  /** Set as `data-change`: how the row differs from an earlier version. */
  change?: string;
  /** Shown instead of the value: an input while the row is edited. */
  valueEditor?: ReactNode;
  /** The value editor holds an input for the key too: the key and its ": " give it their place. */
  editsKey?: boolean;
  /** Shown after the value. */
  children?: ReactNode;
  /** The row's aria-posinset and aria-setsize, when the tree counts its sets otherwise (rows that are not members). */
  posInSet?: number;
  setSize?: number;
}

/**
 * One treeitem: key, value (or a count for a container), "Show more" for a long string, and a copy button.
 * JsonText and Icon have no hooks and are called as functions here: as elements they would be a component
 * each to mount for every row in view (three a row), which measured about 0.5 ms of a small tree's first render.
 */
export function JsonTreeRow(props: JsonTreeRowProps & JsonTreeRowDecoration): ReactNode {
  const { tree, row, active, copied, currentMatch, elementRef, rowHeight, locale, labels } = props;
  const { change, valueEditor, editsKey, children } = props;
  const { rows, posInSet, setSize } = tree;
  const { keys, values, parents, depths } = tree.flat;
  const node = rows[row] as number;
  const nodeKey = keys[node];
  const value = values[node] as JsonValue;
  const level = (depths[node] as number) || 1;
  const highlight = tree.search?.pattern ?? null;
  return (
    <div
      ref={elementRef}
      role="treeitem"
      aria-level={level}
      aria-setsize={props.setSize ?? (setSize[parents[node] as number] || 1)}
      aria-posinset={props.posInSet ?? (posInSet[node] || 1)}
      // Only a container with children can open.
      aria-expanded={childCount(value) ? isRowOpen(rows, parents, row) : undefined}
      // Single selection that follows focus: the current row is the selected one (Copy acts on it).
      aria-selected={active}
      tabIndex={active ? 0 : -1}
      data-row={row}
      data-match={currentMatch ? 'current' : undefined}
      data-change={change}
      className="rum-json-row"
      style={{ top: row * rowHeight, paddingInlineStart: `${(Math.min(level, MAX_INDENT_LEVEL) - 1) * 1.25}em` }}
    >
      {/* The one part of a row that opens and closes it; a click anywhere else only selects the row. */}
      <span className="rum-json-chevron" data-part="chevron" aria-hidden="true" />
      {nodeKey !== undefined && !editsKey && (
        <>
          <span className="rum-json-key" title={tooltip(String(nodeKey))}>
            {typeof nodeKey === 'string' ? JsonText({ text: nodeKey, highlight }) : nodeKey}
          </span>
          {': '}
        </>
      )}
      {/* The whole value on hover, for one cut by the row's width (a container shows its count whole). */}
      {valueEditor ?? (
        <span
          className="rum-json-value"
          data-type={typeName(value)}
          title={isContainer(value) ? undefined : tooltip(String(value))}
        >
          {valueContent(value, highlight, locale, labels)}
        </span>
      )}
      {!valueEditor && isClipped(value) && (
        <button
          type="button"
          tabIndex={-1}
          className="rum-json-more"
          data-part="more"
          aria-label={labels.showMoreOf(String(nodeKey ?? ''))}
        >
          {labels.showMore}
        </button>
      )}
      {/* For the mouse, shown on hover and on the current row: hidden from screen readers, which would read it
          as part of every row, and out of the tab order; the keyboard copies with Ctrl/Cmd+C or Enter. */}
      <button
        type="button"
        tabIndex={-1}
        aria-hidden="true"
        className="rum-json-copy"
        data-part="copy"
        data-state={copied ? 'copied' : undefined}
        title={copied ? labels.copied : labels.copyValue}
      >
        {Icon({ name: copied ? 'check' : 'copy' })}
      </button>
      {children}
    </div>
  );
}

/** A key's or value's text as a tooltip: none when empty, cut with an ellipsis past `TOOLTIP_LENGTH`. */
function tooltip(text: string): string | undefined {
  if (!text) return undefined;
  return text.length > TOOLTIP_LENGTH ? `${text.slice(0, TOOLTIP_LENGTH)}…` : text;
}

/** `data-type` of a value, for colours: JSON's type names (an ExactNumber is a number). */
function typeName(value: JsonValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (isContainer(value)) return 'object';
  // An ExactNumber is the one object among the primitives.
  return typeof value === 'object' ? 'number' : typeof value;
}

/** A string quoted (cut when long), a container as its count, any other value as JSON writes it. */
function valueContent(
  value: JsonValue,
  highlight: RegExp | null,
  locale: string | undefined,
  labels: JsonTreeLabels,
): ReactNode {
  if (typeof value === 'string') {
    const clipped = isClipped(value);
    return (
      <>
        {'"'}
        {JsonText({ text: clipped ? value.slice(0, CLIPPED_LENGTH) : value, highlight })}
        {clipped ? '…"' : '"'}
      </>
    );
  }
  // Other primitives as JSON writes them; an ExactNumber's String() is its exact text.
  if (!isContainer(value)) return JsonText({ text: String(value), highlight });
  const count = childCount(value);
  const formatted = formatCount(count, locale);
  return Array.isArray(value) ? `[${labels.items(count, formatted)}]` : `{${labels.keys(count, formatted)}}`;
}
