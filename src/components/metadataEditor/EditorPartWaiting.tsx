import type { ReactNode } from 'react';
import { Icon } from '../Icon';
import type { MetadataEditorLabels } from './metadataEditorLabels';

export interface EditorPartWaitingProps {
  /** The load failed: say so, with a Retry. */
  failed: boolean;
  onRetry: () => void;
  labels: MetadataEditorLabels;
  /**
   * In a tree row, the Retry button takes no tab stop, as the row's other buttons (the row's own key
   * tries again); elsewhere (beside a category's "+") it is a tab stop.
   */
  inRow?: boolean;
}

/** Where an edit waits for the editing parts, loaded on demand: "Loading…" meanwhile, or why not with a Retry. */
export function EditorPartWaiting({ failed, onRetry, labels, inRow = false }: EditorPartWaitingProps): ReactNode {
  if (!failed) {
    return (
      // The editor's live region announces it (see useEditingParts).
      <span className="rum-editor-waiting" data-state="loading">
        {labels.loadingEditor}
      </span>
    );
  }
  return (
    <span className="rum-editor-waiting" data-state="failed" role="alert">
      <Icon name="warning" />
      {labels.editorLoadFailed}
      <button type="button" className="rum-editor-retry" tabIndex={inRow ? -1 : undefined} onClick={onRetry}>
        {labels.retry}
      </button>
    </span>
  );
}
