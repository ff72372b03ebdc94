import type { ReactNode } from 'react';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import { CHANGES_PER_PAGE, type ChangesShown } from './useChangesShown';

export interface MoreChangesProps {
  list: ChangesShown;
  labels: MetadataEditorLabels;
}

/** "Show 100 more of 2,795" under a list of changes with some not shown yet; nothing when all are. */
export function MoreChanges({ list, labels }: MoreChangesProps): ReactNode {
  if (!list.hidden) return null;
  return (
    <button type="button" className="rum-editor-more" onClick={list.showMore}>
      {labels.moreChanges(Math.min(list.hidden, CHANGES_PER_PAGE), list.hidden)}
    </button>
  );
}
