import { editMessages } from './editMessages';
import { editorFirstLoadLabels, type MetadataEditorLabels } from './metadataEditorLabels';

/** Every default string of `MetadataEditor` (English), to spread under an app's own. */
export const defaultMetadataEditorLabels: MetadataEditorLabels = {
  ...editorFirstLoadLabels,
  refused: (reason) => editMessages.refusals[reason],
  problem: (problem) => editMessages.problems[problem],
};
