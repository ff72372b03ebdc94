// What the editor loads on demand, once it first gets focus or a pointer (see `editingPartsModule`):
// what an edit needs (the edits to the draft, the row's inputs and their commit, paste, add), and what
// only a draft with changes needs: its comparison with the base (patch, diff, rebase), their review and
// the conflict view (another admin's save under my changes).
// The editor's first render shows the trees, budgets and bar without any of it: a draft that is still
// its base has no changes to compare. Its own module, exported by no entry: Turbopack puts a module that an entry
// exports in the first load of any page that loads it on demand.
export { applyMetadataPatch } from '../../core/applyMetadataPatch';
export { createMetadataPatch } from '../../core/createMetadataPatch';
export { startMetadataDiff } from '../../core/diffMetadata';
export { rebaseOnTheirChanges } from '../../core/rebaseMetadataDraft';
export { DraftReview } from './DraftReview';
export { editMessages } from './editMessages';
export { commitRow } from './commitRow';
export { ConflictView } from './ConflictView';
export { focusStayed } from './focusStayed';
export { metadataDraftReducer } from './metadataDraftReducer';
export { RowEditorForm } from './RowEditorForm';
export { runRowCommand } from './runRowCommand';
