import type { ReactNode } from 'react';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import { Icon } from '../Icon';
import { EditorPartWaiting } from './EditorPartWaiting';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import type { EditingPartsAccess } from './useEditingParts';

export interface AddMemberButtonProps {
  category: MetadataCategory;
  /** The category's title, which names the button. */
  title: string;
  editingParts: EditingPartsAccess;
  onAction: (action: MetadataDraftAction) => boolean;
  labels: MetadataEditorLabels;
}

/**
 * A category's "+": adds a member at its top once the editing parts are there. A press before they load
 * is kept: the button is busy and says so beside it (or why not, with a Retry), then the member is added.
 */
export function AddMemberButton({ category, title, editingParts, onAction, labels }: AddMemberButtonProps): ReactNode {
  const { waiting } = editingParts;
  const mine = waiting?.from === 'section' && waiting.path[0] === category ? waiting : null;
  return (
    <>
      <button
        type="button"
        className="rum-button"
        aria-label={labels.named(labels.add, title)}
        aria-busy={(mine && !mine.failed) || undefined}
        onClick={() => editingParts.withParts({ path: [category], from: 'section' }, () => onAction({ type: 'add', path: [category] }))}
      >
        <Icon name="plus" />
        {labels.add}
      </button>
      {mine && <EditorPartWaiting failed={mine.failed} onRetry={editingParts.retry} labels={labels} />}
    </>
  );
}
