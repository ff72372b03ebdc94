'use client';
import {
  type CSSProperties,
  forwardRef,
  type HTMLAttributes,
  useMemo,
  useState,
} from 'react';
import type { JsonValue } from '../core/json';
import { classNames } from './classNames';
import { hasNestedMembers } from './jsonTree/flattenJson';
import { nodePath } from './jsonTree/jsonPath';
import { defaultJsonTreeLabels, type JsonTreeLabels } from './jsonTree/jsonTreeLabels';
import { JsonTreeToolbar } from './jsonTree/JsonTreeToolbar';
import { JsonTreeViewport } from './jsonTree/JsonTreeViewport';
import { SearchMatchCount } from './jsonTree/SearchMatchCount';
import { useTreeController } from './jsonTree/useTreeController';
import { useTreeSearch } from './jsonTree/useTreeSearch';

export { defaultJsonTreeLabels, type JsonTreeLabels } from './jsonTree/jsonTreeLabels';

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

/**
 * A JSON value as a WAI-ARIA tree: one tab stop, arrow keys, Home/End, Enter/Space, type-ahead, with
 * search, expand/collapse all and copy (value or path of the focused row; Ctrl/Cmd+C, Enter on a value
 * and each row's copy button copy its value). The value is flattened into
 * arrays as containers are first opened; each expand, collapse or keystroke then walks only the rows it
 * shows, and only the rows in view are in the DOM, so it stays fast and light at any size or depth.
 */
export const JsonTree = forwardRef<HTMLDivElement, JsonTreeProps>(function JsonTree(
  { value, label, path = '', defaultExpandDepth = 1, height = 400, rowHeight = 24, locale, labels, className, ...rest },
  ref,
) {
  const text = { ...defaultJsonTreeLabels, ...labels };
  const [fullText, setFullText] = useState<string | null>(null);
  const options = { value, defaultExpandDepth, rowHeight, height, labels: text, showFullText: setFullText };
  const controller = useTreeController(options);
  const { id, state, dispatch, tree, activeNode, copyNode } = controller;
  const count = tree.rows.length;
  const search = useTreeSearch(controller);
  const canExpand = useMemo(() => hasNestedMembers(value), [value]);

  return (
    // a fieldset would bring a legend and form semantics; this only names the toolbar and tree together
    <div
      role="group"
      aria-label={label}
      data-state={state.query ? 'filtered' : 'idle'}
      data-rows={count}
      {...rest}
      ref={ref}
      className={classNames('rum-root rum-json-tree', className)}
      style={{ '--rum-json-row': `${rowHeight}px`, ...rest.style } as CSSProperties}
      onKeyDown={(event) => {
        rest.onKeyDown?.(event);
        search.onKeyDown(event);
      }}
    >
      <JsonTreeToolbar
        treeLabel={label}
        labels={text}
        query={state.query}
        treeId={count ? id : undefined}
        onSearch={search.onSearch}
        canExpand={canExpand}
        onSearchKeyDown={search.onSearchKeyDown}
        searchStatusId={`${id}-count`}
        searchStatus={
          <SearchMatchCount
            id={`${id}-count`}
            query={state.query}
            matches={search.matches}
            locale={locale}
            labels={text}
          />
        }
        onExpandAll={() => dispatch({ type: 'expandAll' })}
        onCollapseAll={() => dispatch({ type: 'collapseAll' })}
        onCopyValue={() => copyNode(activeNode)}
        onCopyPath={() => controller.copy(nodePath(tree.flat, activeNode, path))}
      />
      {count ? (
        <JsonTreeViewport
          {...controller.viewport}
          label={label}
          currentMatch={search.matches.currentNode}
          rowHeight={rowHeight}
          locale={locale}
          labels={text}
        />
      ) : (
        <p className="rum-json-none">{text.noMatches}</p>
      )}
      {fullText !== null && (
        <FullText text={fullText} labels={text} treeLabel={label} onClose={() => setFullText(null)} />
      )}
      <span role="status" className="rum-sr">
        {controller.status}
      </span>
    </div>
  );
});

interface FullTextProps {
  text: string;
  labels: JsonTreeLabels;
  treeLabel: string;
  onClose: () => void;
}

/** A long string shown whole below the tree ("Show more"), with its "Show less". */
function FullText({ text, labels, treeLabel, onClose }: FullTextProps) {
  return (
    <div className="rum-json-full">
      {/* a scrolling box must be reachable by keyboard */}
      <pre tabIndex={0}>{text}</pre>
      <button
        type="button"
        className="rum-button"
        aria-label={labels.named(labels.showLess, treeLabel)}
        onClick={onClose}
      >
        {labels.showLess}
      </button>
    </div>
  );
}
