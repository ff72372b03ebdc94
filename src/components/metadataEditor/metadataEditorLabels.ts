import type { MetadataChangeKind } from '../../core/diffMetadata';
import type { MetadataCategory } from '../../core/HankoUserMetadata';
import type { ChangeMarker } from './changeMarkers';
import { defaultMetadataInspectorLabels, type MetadataInspectorLabels } from '../MetadataInspector';
import type { JsonValueType } from './jsonValueType';
import type { DraftRefusal } from './metadataDraftState';
import type { RowEditProblem } from './rowEdit';
import { requireEditingParts } from './editingPartsModule';

/** Every visible (and screen-reader) string of `MetadataEditor`, its trees included. */
export interface MetadataEditorLabels extends MetadataInspectorLabels {
  edit: string;
  add: string;
  remove: string;
  undo: string;
  redo: string;
  save: string;
  saving: string;
  /** Name of the key input while a row is edited. */
  keyInput: string;
  /** Name of the type select. */
  typeInput: string;
  /** Name of the value input. */
  valueInput: string;
  type: (type: JsonValueType) => string;
  /** The meter's text: `2,140 / 3,000`, both figures in the locale's digits. */
  budget: (size: string, limit: string) => string;
  /** The meter's text while a large category is still being counted (Save waits for it). */
  counting: string;
  /** Said when a category is over Hanko's limit; `over` is in the locale's digits. */
  overLimit: (category: MetadataCategory, over: string) => string;
  /** Heading of the patch that Save will send. */
  patch: string;
  /** Shown instead of the patch when nothing changed. */
  noChanges: string;
  /** Heading of the list of changes. */
  changes: (count: number) => string;
  /** The toggle that narrows every tree to the changed, added and removed rows. */
  onlyChanges: string;
  /** Shown for a category with no changes while only changes are shown. */
  noChangesHere: string;
  /** Puts a removed member back (its row's button). */
  restore: string;
  /** Read on a removed row, after its "removed" mark: how to put it back by keyboard. */
  restoreHint: string;
  /** Announced after a restore; `path` as `jsonPath` writes it. */
  restored: (path: string) => string;
  nextChange: string;
  previousChange: string;
  /** Under a long list of changes: shows `next` more of the `hidden` ones not shown yet. */
  moreChanges: (next: number, hidden: number) => string;
  /** A row's mark in the diff (`inside`: a container holding changes). */
  change: (marker: ChangeMarker) => string;
  /** Why an action did nothing, announced politely. */
  refused: (reason: DraftRefusal) => string;
  problem: (problem: RowEditProblem) => string;
  /** Announced after an edit; `path` as `jsonPath` writes it. */
  removed: (path: string) => string;
  undone: string;
  redone: string;
  /** Announced by next/previous change: `changed public_metadata.role, 1 of 3`. */
  stepped: (kind: MetadataChangeKind, path: string, position: number, count: number) => string;
  /** Announced by next/previous change on a change in masked private metadata (focus goes to Reveal): no path, no value. */
  steppedHidden: (position: number, count: number) => string;
  /** Said when the metadata changed since the edit started (a 409). */
  conflict: string;
  theirChanges: string;
  myChanges: string;
  /** How many of their changes saving mine would overwrite. */
  overwrites: (count: number) => string;
  /** Moves the draft onto the metadata as it is now. */
  rebase: string;
  /** Heading of the schema issues of a category (also announced when their number changes). */
  issues: (count: number) => string;
  /** An issue in masked private metadata, as its button names it (it reveals and goes to the row): no path, no message. */
  hiddenIssue: (position: number, count: number) => string;
  /** Shown (and announced) where an edit waits while the editing parts load on demand. */
  loadingEditor: string;
  /** Shown where an edit waits when the editing parts failed to load (offline, a new deploy), before its Retry. */
  editorLoadFailed: string;
  retry: string;
}

/**
 * The editor's own defaults: `defaultMetadataEditorLabels` but the messages of a refused edit and of a
 * row's problem, which only an edit shows and which so come with the editing parts (`editMessages`);
 * the editor's first load reads them from there.
 */
export const editorFirstLoadLabels: MetadataEditorLabels = {
  ...defaultMetadataInspectorLabels,
  edit: 'Edit',
  add: 'Add',
  remove: 'Remove',
  undo: 'Undo',
  redo: 'Redo',
  save: 'Save',
  saving: 'Saving…',
  keyInput: 'Key',
  typeInput: 'Type',
  valueInput: 'Value',
  type: (type) => type,
  budget: (size, limit) => `${size} / ${limit}`,
  counting: 'Counting…',
  overLimit: (_category, over) => `${over} characters over the limit`,
  patch: 'Patch to send',
  noChanges: 'No changes',
  changes: (count) => `${count} change${count === 1 ? '' : 's'}`,
  onlyChanges: 'Only changes',
  noChangesHere: 'No changes in this category',
  restore: 'Restore',
  restoreHint: 'press Delete to restore',
  restored: (path) => `Restored ${path}`,
  nextChange: 'Next change',
  previousChange: 'Previous change',
  moreChanges: (next, hidden) => `Show ${next} more of ${hidden}`,
  change: (marker) => (marker === 'inside' ? 'changes inside' : marker),
  refused: (reason) => requireEditingParts().editMessages.refusals[reason],
  problem: (problem) => requireEditingParts().editMessages.problems[problem],
  removed: (path) => `Removed ${path}. Undo with Control+Z.`,
  undone: 'Undone',
  redone: 'Redone',
  stepped: (kind, path, position, count) => `${kind} ${path}, ${position} of ${count}`,
  steppedHidden: (position, count) => `Change ${position} of ${count} is in hidden private metadata: reveal it to go there.`,
  conflict: 'Someone else changed this metadata since you started editing.',
  theirChanges: 'Their changes',
  myChanges: 'Your changes',
  overwrites: (count) => `Saving yours overwrites ${count} of theirs (marked).`,
  rebase: 'Keep both and review',
  issues: (count) => `${count} issue${count === 1 ? '' : 's'}`,
  hiddenIssue: (position, count) => `Reveal to see issue ${position} of ${count}`,
  loadingEditor: 'Loading the editor…',
  editorLoadFailed: 'Could not load the editor.',
  retry: 'Retry',
};
