import type { ReactNode } from 'react';
import type { JsonTreeLabels } from './jsonTreeLabels';

export interface JsonTreeToolbarProps {
  /** The tree's accessible name, part of every control's name. */
  treeLabel: string;
  labels: JsonTreeLabels;
  query: string;
  onSearch: (query: string) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  onCopyValue: () => void;
  onCopyPath: () => void;
  /** The id of the tree the search box filters; `undefined` when no row is shown. */
  treeId: string | undefined;
}

/** Search box, expand and collapse all, and copy value or path of the focused row. */
export function JsonTreeToolbar(props: JsonTreeToolbarProps): ReactNode {
  const { treeLabel, labels, treeId } = props;
  const button = (name: string, action: () => void, disabled = false) => (
    <button
      type="button"
      className="rum-button"
      aria-label={labels.named(name, treeLabel)}
      onClick={action}
      disabled={disabled}
    >
      {name}
    </button>
  );
  return (
    <div className="rum-json-bar">
      <input
        type="search"
        className="rum-json-search"
        aria-label={labels.named(labels.search, treeLabel)}
        aria-controls={treeId}
        placeholder={labels.search}
        value={props.query}
        onChange={(event) => props.onSearch(event.target.value)}
      />
      {button(labels.expandAll, props.onExpandAll)}
      {button(labels.collapseAll, props.onCollapseAll)}
      {button(labels.copyValue, props.onCopyValue, !treeId)}
      {button(labels.copyPath, props.onCopyPath, !treeId)}
    </div>
  );
}
