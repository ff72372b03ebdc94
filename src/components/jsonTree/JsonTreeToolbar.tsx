import { type KeyboardEvent, type ReactNode, useRef, useState } from 'react';
import { Icon, type IconName } from '../Icon';
import type { JsonTreeLabels } from './jsonTreeLabels';
import { nextToolbarButton, toolbarTabStop } from './toolbarFocus';

export interface JsonTreeToolbarProps {
  /** The tree's accessible name, part of every control's name. */
  treeLabel: string;
  labels: JsonTreeLabels;
  query: string;
  onSearch: (query: string) => void;
  /** Whether any row can open: without one, Expand all and Collapse all are left out. */
  canExpand: boolean;
  /** Keys in the search box (Enter and Shift+Enter step through the matches). */
  onSearchKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** The match count shown next to the search box, and its id (it describes the box). */
  searchStatus: ReactNode;
  searchStatusId: string;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  onCopyValue: () => void;
  onCopyPath: () => void;
  /** The id of the tree the search box filters; `undefined` when no row is shown. */
  treeId: string | undefined;
}

interface Tool {
  name: string;
  icon: IconName;
  action: () => void;
  disabled: boolean;
}

/**
 * Search box, then one toolbar of icon buttons (expand and collapse all, copy value or path of the
 * focused row): a single tab stop, arrow keys move between the buttons. Each button's text is its
 * tooltip; its accessible name also names the tree.
 */
export function JsonTreeToolbar(props: JsonTreeToolbarProps): ReactNode {
  const { treeLabel, labels, treeId } = props;
  const tools: Tool[] = [
    ...(props.canExpand
      ? [
          { name: labels.expandAll, icon: 'expand', action: props.onExpandAll, disabled: false } as const,
          { name: labels.collapseAll, icon: 'collapse', action: props.onCollapseAll, disabled: false } as const,
        ]
      : []),
    { name: labels.copyValue, icon: 'copy', action: props.onCopyValue, disabled: !treeId },
    { name: labels.copyPath, icon: 'path', action: props.onCopyPath, disabled: !treeId },
  ];
  const enabled = tools.map((tool) => !tool.disabled);
  const [remembered, setRemembered] = useState(0);
  const tabStop = toolbarTabStop(remembered, enabled);
  const toolbar = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const next = nextToolbarButton(event.key, tabStop, enabled);
    if (next === undefined) return;
    event.preventDefault();
    setRemembered(next);
    toolbar.current?.querySelectorAll('button')[next]?.focus();
  };
  return (
    <div className="rum-json-bar">
      <input
        type="search"
        className="rum-json-search"
        aria-label={labels.named(labels.search, treeLabel)}
        aria-controls={treeId}
        aria-describedby={props.searchStatusId}
        placeholder={labels.search}
        value={props.query}
        onChange={(event) => props.onSearch(event.target.value)}
        onKeyDown={props.onSearchKeyDown}
      />
      {props.searchStatus}
      <div ref={toolbar} role="toolbar" aria-label={treeLabel} className="rum-json-tools" onKeyDown={onKeyDown}>
        {tools.map((tool, index) => (
          <button
            key={tool.icon}
            type="button"
            className="rum-button rum-tool"
            aria-label={labels.named(tool.name, treeLabel)}
            tabIndex={index === tabStop ? 0 : -1}
            disabled={tool.disabled}
            onClick={tool.action}
            onFocus={() => setRemembered(index)}
          >
            {/* A function call, not an element: see JsonTreeRow. */}
            {Icon({ name: tool.icon })}
            <span className="rum-tip">{tool.name}</span>
          </button>
        ))}
      </div>
    </div>
  );
}
