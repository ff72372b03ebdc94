import type { DraftRefusal } from './metadataDraftState';
import type { RowEditProblem } from './rowEdit';

/**
 * The default messages of a refused edit and of a row's problem, in English. Only an edit shows them,
 * so they come with the editing parts; `defaultMetadataEditorLabels` holds them too.
 */
export const editMessages: { refusals: Record<DraftRefusal, string>; problems: Record<RowEditProblem, string> } = {
  refusals: {
    'read-only': 'This value is read-only.',
    'private-masked': 'Reveal private metadata to edit it.',
    withheld: 'This category is hidden by your access.',
    'not-found': 'That value is no longer there.',
    'duplicate-key': 'That key already exists.',
    'invalid-json': 'The pasted text is not JSON.',
    'changed-while-read': 'The metadata changed while the paste was read; paste again.',
    'parser-unavailable': 'Could not load the number reader; check the connection and paste again.',
    'category-not-object': 'A category must be an object.',
    'null-member': 'Hanko removes a member set to null: remove it instead.',
  },
  problems: {
    'not-a-number': 'Not a number',
    'not-a-boolean': 'Write true or false',
    'empty-key': 'A key cannot be empty',
    'parser-unavailable': 'Could not load the number reader; check the connection and try again',
  },
};
