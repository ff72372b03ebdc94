import type { ReactNode } from 'react';
import type { MetadataEditorLabels } from './metadataEditorLabels';

/**
 * Edit, add ("+") and remove on the current row, for the mouse: the keyboard has F2, Insert and Delete,
 * so the buttons take no tab stop (and a press leaves focus on the row, as the tree's other buttons do).
 */
export function RowActions({ labels, canEdit }: { labels: MetadataEditorLabels; canEdit: boolean }): ReactNode {
  return (
    <span className="rum-editor-actions">
      {canEdit && (
        <button type="button" tabIndex={-1} className="rum-editor-action" data-part="edit">
          {labels.edit}
        </button>
      )}
      <button type="button" tabIndex={-1} className="rum-editor-action" data-part="add" aria-label={labels.add}>
        +
      </button>
      {canEdit && (
        <button type="button" tabIndex={-1} className="rum-editor-action" data-part="remove">
          {labels.remove}
        </button>
      )}
    </span>
  );
}
