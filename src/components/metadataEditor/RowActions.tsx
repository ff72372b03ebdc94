import type { ReactNode } from 'react';
import { Icon, type IconName } from '../Icon';
import type { MetadataEditorLabels } from './metadataEditorLabels';

export interface RowActionsProps {
  labels: MetadataEditorLabels;
  /** The row is a member (not a category's empty root): it can be edited and removed. */
  canEdit: boolean;
  /** The row shows a member removed from the base: it can only be restored. */
  removed: boolean;
}

type RowAction = [part: 'edit' | 'add' | 'remove' | 'restore', icon: IconName, name: string];

/**
 * Edit, add and remove on the current row (restore on a removed one), for the mouse: icon buttons named
 * by their labels (and with them as tooltips), so they leave the row's room to its value. The keyboard
 * has F2, Insert and Delete, so the buttons take no tab stop (and a press leaves focus on the row, as
 * the tree's other buttons do).
 */
export function RowActions({ labels, canEdit, removed }: RowActionsProps): ReactNode {
  const actions: RowAction[] = removed
    ? [['restore', 'undo', labels.restore]]
    : [
        ['edit', 'edit', labels.edit],
        ['add', 'plus', labels.add],
        ['remove', 'trash', labels.remove],
      ];
  return (
    <span className="rum-editor-actions">
      {actions
        .filter(([part]) => canEdit || part === 'add')
        .map(([part, icon, name]) => (
          <button
            key={part}
            type="button"
            tabIndex={-1}
            className="rum-editor-action"
            data-part={part}
            aria-label={name}
            title={name}
          >
            <Icon name={icon} />
          </button>
        ))}
    </span>
  );
}
