'use client';
import {
  type CSSProperties,
  forwardRef,
  type HTMLAttributes,
  type ReactNode,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { JsonValue } from '../core/json';
import { classNames } from './classNames';
import { flattenJson, sizeOf } from './flattenJson';
import { jsonPath } from './jsonPath';
import { searchJson } from './searchJson';
import { stringifyJson } from './stringifyJson';
import { visibleRows } from './visibleRows';

/** Every visible (and screen-reader) string of `JsonTree`. */
export interface JsonTreeLabels {
  search: string;
  expandAll: string;
  collapseAll: string;
  /** Copies the focused row's value as JSON. */
  copyValue: string;
  /** Copies the focused row's path (`public_metadata.tags[0]`). */
  copyPath: string;
  /** Announced in a polite live region after a copy. */
  copied: string;
  copyFailed: string;
  /** On strings too long to show in a row. */
  showMore: string;
  showLess: string;
  noMatches: string;
  /** Summary of an array; `formatted` is `count` in the locale's digits. */
  items: (count: number, formatted: string) => string;
  /** Summary of an object. */
  keys: (count: number, formatted: string) => string;
  /**
   * Accessible name of a toolbar control (`control` is its visible text): it names the tree too, so the
   * controls of several trees on one page can be told apart (`Search Public metadata`).
   */
  named: (control: string, tree: string) => string;
}

export const defaultJsonTreeLabels: JsonTreeLabels = {
  search: 'Search',
  expandAll: 'Expand all',
  collapseAll: 'Collapse all',
  copyValue: 'Copy value',
  copyPath: 'Copy path',
  copied: 'Copied',
  copyFailed: 'Could not copy',
  showMore: 'Show more',
  showLess: 'Show less',
  noMatches: 'No matches',
  items: (count, formatted) => `${formatted} item${count === 1 ? '' : 's'}`,
  keys: (count, formatted) => `${formatted} key${count === 1 ? '' : 's'}`,
  named: (control, tree) => `${control} ${tree}`,
};

export interface JsonTreeProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Any JSON value. The members of an object or array are the top-level rows. */
  value: JsonValue;
  /** Accessible name of the tree (and of the group holding it with its toolbar). */
  label: string;
  /** Prefix of copied paths, e.g. `public_metadata`. */
  path?: string;
  /** Levels of containers open at first: 0 shows only the top level. Default 1. */
  defaultExpandDepth?: number;
  /** Largest height of the scrolling viewport in px; it shrinks to fit fewer rows. Default 400. */
  height?: number;
  /** Height of every row in px (also sets `--rum-json-row`). Default 24. */
  rowHeight?: number;
  /** BCP 47 tag for item and key counts. */
  locale?: string;
  labels?: Partial<JsonTreeLabels>;
  className?: string;
}

// Rows rendered beyond each edge of the viewport, so fast scrolling does not show blank space.
const OVERSCAN = 8;
// Longer strings are cut in their row; "Show more" shows them whole below the tree.
const CLIP = 100;

// Controls, bidi overrides and isolates, zero-width and other invisible characters.
// these are exactly the characters to reveal
const INVISIBLE = /([\0-\x1f\x7f-\x9f\xad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff])/;

// No layout effects on the server (React 18 warns); there is nothing to measure or focus there.
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * How containers are opened: a base depth (0, n or Infinity) and the user's own toggles, by node
 * number, so they survive a refetch that brings equal data as new objects.
 */
type Expansion = [base: number, toggled: Map<number, boolean>];

/**
 * A JSON value as a WAI-ARIA tree: one tab stop, arrow keys, Home/End, Enter/Space, with search,
 * expand/collapse all and copy (value or path of the focused row). The value is flattened once into
 * arrays; each expand, collapse or keystroke then walks only the rows it shows, and only the rows in
 * view are in the DOM, so it stays fast and light at any size or depth.
 */
export const JsonTree = forwardRef<HTMLDivElement, JsonTreeProps>(function JsonTree(
  { value, label, path = '', defaultExpandDepth = 1, height = 400, rowHeight = 24, locale, labels, className, ...rest },
  ref,
) {
  const text = { ...defaultJsonTreeLabels, ...labels };
  const id = useId();
  const [query, setQuery] = useState('');
  // Searching keeps its own expansion, reset on every new query, so it never loses the user's own.
  const [browsing, setBrowsing] = useState<Expansion>(() => [defaultExpandDepth, new Map()]);
  const [searching, setSearching] = useState<Expansion>(() => [1, new Map()]);
  const [expansion, setExpansion] = query ? [searching, setSearching] : [browsing, setBrowsing];
  const [active, setActive] = useState(0);
  const [top, setTop] = useState(0);
  const [full, setFull] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const viewport = useRef<HTMLDivElement>(null);
  const activeRow = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  // The scroll position last set or seen, so the effect never reads scrollTop (a forced layout).
  const scrolled = useRef(0);

  // Finds the matches and highlights them: literal, case-insensitive, one capture group for split().
  const match = useMemo(
    () => (query ? new RegExp(`(${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'i') : null),
    [query],
  );
  const flat = useMemo(() => flattenJson(value), [value]);
  const marks = useMemo(() => match && searchJson(flat, match, /^[\d.e+-]+$/i.test(query)), [flat, match, query]);
  const view = useMemo(() => {
    const [base, toggled] = expansion;
    const { d } = flat;
    return visibleRows(
      flat,
      // While searching, base 1 means "open what holds a match"; 0 and Infinity close or open all.
      marks
        ? (x) => toggled.get(x) ?? (base === 1 ? (marks[x] as number) > 1 : base > 1)
        : (x) => toggled.get(x) ?? (d[x] as number) <= base,
      marks,
    );
  }, [flat, marks, expansion]);

  const { k, v, p, d } = flat;
  const rows = view.r;
  const count = rows.length;
  const current = Math.max(0, Math.min(active, count - 1));
  const viewHeight = Math.min(height, count * rowHeight);
  // A collapse can leave `top` beyond the end until the browser's own scroll event arrives.
  const scrollTop = Math.max(0, Math.min(top, count * rowHeight - viewHeight));

  useIsomorphicLayoutEffect(() => {
    const element = viewport.current;
    if (element && scrolled.current !== scrollTop) {
      scrolled.current = scrollTop;
      element.scrollTop = scrollTop;
    }
    // After a keyboard move, focus follows the active row, which this render may have just mounted.
    if (moved.current) activeRow.current?.focus();
    moved.current = false;
  });

  const isOpen = (row: number) => p[rows[row + 1] as number] === rows[row];
  const toggle = (row: number) => {
    const x = rows[row] as number;
    if (sizeOf(v[x] as JsonValue)) setExpansion([expansion[0], new Map(expansion[1]).set(x, !isOpen(row))]);
  };
  // Moves focus to a row, scrolling it into view first: it may not be rendered yet.
  const go = (row: number) => {
    const next = Math.max(0, Math.min(count - 1, row));
    const y = next * rowHeight;
    if (next === current) return;
    moved.current = true;
    setActive(next);
    setTop(y < scrollTop ? y : y + rowHeight > scrollTop + viewHeight ? y + rowHeight - viewHeight : scrollTop);
  };
  const parentRow = (row: number) => {
    const parent = p[rows[row] as number] as number;
    let r = row;
    // Rows are in document order, so the parent is the nearest row above with that node.
    if (parent > 0) while (rows[r] !== parent) r--;
    return r;
  };
  // No clipboard (an insecure page) throws inside the async function: a failed copy like any other.
  const copy = (data: string) =>
    (async () => navigator.clipboard.writeText(data))()
      .then(
        () => text.copied,
        () => text.copyFailed,
      )
      .then((message) => {
        setStatus(message);
        setTimeout(setStatus, 3000, '');
      });
  // User text, always as text nodes: matches in <mark>, invisible and direction-changing characters each
  // in an isolated span that shows their code point, so "\u202Eevil" cannot pass for "live". Split
  // with a capture group keeps the separators at odd indexes.
  // Past 1,000 characters a row is long cut off by its ellipsis: plain text there bounds the work and the DOM.
  const show = (part: string): ReactNode => {
    const head = part.slice(0, 1000);
    return [
      ...(match ? head.split(match) : [head]).map((piece, i) => {
        const shown = piece.split(INVISIBLE).map((char, j) =>
          j % 2 ? (
            // the pieces of one string never reorder
            <span key={j} className="rum-json-char" data-code={char.charCodeAt(0).toString(16).padStart(4, '0')}>
              {char}
            </span>
          ) : (
            char
          ),
        );
        // the pieces of one string never reorder
        return i % 2 ? <mark key={i}>{shown}</mark> : shown;
      }),
      part.slice(1000),
    ];
  };

  const items: ReactNode[] = [];
  const renderRow = (row: number) => {
    const x = rows[row] as number;
    const key = k[x];
    const item = v[x] as JsonValue;
    const depth = (d[x] as number) || 1;
    const size = sizeOf(item);
    const long = typeof item === 'string' && item.length > CLIP;
    items.push(
      <div
        key={row}
        ref={row === current ? activeRow : undefined}
        role="treeitem"
        aria-level={depth}
        aria-setsize={view.c[p[x] as number] || 1}
        aria-posinset={view.i[x] || 1}
        aria-expanded={size ? isOpen(row) : undefined}
        tabIndex={row === current ? 0 : -1}
        data-i={row}
        className="rum-json-row"
        // The indent stops growing at 40 levels so a very deep value stays readable.
        style={{ top: row * rowHeight, paddingInlineStart: `${Math.min(depth, 40) * 1.25}em` }}
      >
        {key !== undefined && (
          <>
            <span className="rum-json-key">{typeof key === 'string' ? show(key) : key}</span>
            {': '}
          </>
        )}
        <span
          className="rum-json-value"
          data-type={item === null ? 'null' : Array.isArray(item) ? 'array' : typeof item}
        >
          {typeof item === 'string' ? (
            <>
              {'"'}
              {show(long ? item.slice(0, CLIP) : item)}
              {long ? '…"' : '"'}
            </>
          ) : Array.isArray(item) ? (
            `[${text.items(size, size.toLocaleString(locale))}]`
          ) : item && typeof item === 'object' ? (
            `{${text.keys(size, size.toLocaleString(locale))}}`
          ) : (
            show(String(item))
          )}
        </span>
        {long && (
          <button type="button" tabIndex={-1} className="rum-json-more">
            {text.showMore}
          </button>
        )}
      </div>,
    );
  };
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - OVERSCAN);
  const last = Math.min(count - 1, Math.ceil((scrollTop + viewHeight) / rowHeight) + OVERSCAN);
  // The focused row stays rendered when scrolled away, so focus is never lost to the page.
  if (current < first) renderRow(current);
  for (let row = first; row <= last; row++) renderRow(row);
  if (current > last) renderRow(current);

  const button = (name: string, action: () => void, disabled?: boolean) => (
    <button
      type="button"
      className="rum-button"
      aria-label={text.named(name, label)}
      onClick={action}
      disabled={disabled}
    >
      {name}
    </button>
  );

  return (
    // a fieldset would bring a legend and form semantics; this only names the toolbar and tree together
    <div
      role="group"
      aria-label={label}
      data-state={query ? 'filtered' : 'idle'}
      data-rows={count}
      {...rest}
      ref={ref}
      className={classNames('rum-root rum-json-tree', className)}
      style={{ '--rum-json-row': `${rowHeight}px`, ...rest.style } as CSSProperties}
    >
      <div className="rum-json-bar">
        <input
          type="search"
          className="rum-json-search"
          aria-label={text.named(text.search, label)}
          aria-controls={count ? id : undefined}
          placeholder={text.search}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setSearching([1, new Map()]);
            setActive(0);
            setTop(0);
          }}
        />
        {button(text.expandAll, () => setExpansion([Number.POSITIVE_INFINITY, new Map()]))}
        {button(text.collapseAll, () => setExpansion([0, new Map()]))}
        {button(text.copyValue, () => copy(stringifyJson(v[rows[current] as number] as JsonValue)), !count)}
        {button(
          text.copyPath,
          () => {
            const keys: (string | number)[] = [];
            for (let x = rows[current] as number; x > 0; x = p[x] as number) keys.push(k[x] as string);
            copy(jsonPath(keys.reverse(), path));
          },
          !count,
        )}
      </div>
      {count ? (
        <div
          ref={viewport}
          role="tree"
          id={id}
          aria-label={label}
          className="rum-json-viewport"
          style={{ height: viewHeight }}
          onScroll={(event) => {
            scrolled.current = event.currentTarget.scrollTop;
            setTop(scrolled.current);
          }}
          onFocus={(event) => {
            const row = (event.target as HTMLElement).dataset.i;
            if (row) setActive(+row);
          }}
          onClick={(event) => {
            const target = event.target as HTMLElement;
            const index = target.closest<HTMLElement>('[data-i]')?.dataset.i;
            if (!index) return;
            const row = +index;
            setActive(row);
            if (target.closest('button')) setFull(v[rows[row] as number] as string);
            else toggle(row);
          }}
          onKeyDown={(event) => {
            const key = event.key;
            const item = v[rows[current] as number];
            if (key === 'ArrowDown') go(current + 1);
            else if (key === 'ArrowUp') go(current - 1);
            else if (key === 'Home') go(0);
            else if (key === 'End') go(count - 1);
            else if (key === 'ArrowRight') isOpen(current) ? go(current + 1) : toggle(current);
            else if (key === 'ArrowLeft') isOpen(current) ? toggle(current) : go(parentRow(current));
            else if (key === 'Enter' || key === ' ') {
              if (typeof item === 'string' && item.length > CLIP) setFull(item);
              else toggle(current);
            } else if (key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
              // Type-ahead: the next row whose key starts with the character, wrapping around.
              for (let i = 1; i <= count; i++) {
                const row = (current + i) % count;
                if (
                  String(k[rows[row] as number] ?? '')
                    .toLowerCase()
                    .startsWith(key.toLowerCase())
                ) {
                  go(row);
                  break;
                }
              }
            } else return;
            event.preventDefault();
          }}
        >
          <div className="rum-json-rows" style={{ height: count * rowHeight }}>
            {items}
          </div>
        </div>
      ) : (
        <p className="rum-json-none">{text.noMatches}</p>
      )}
      {full !== null && (
        <div className="rum-json-full">
          {/* a scrolling box must be reachable by keyboard */}
          <pre tabIndex={0}>{full}</pre>
          {button(text.showLess, () => setFull(null))}
        </div>
      )}
      <span role="status" className="rum-sr">
        {status}
      </span>
    </div>
  );
});
