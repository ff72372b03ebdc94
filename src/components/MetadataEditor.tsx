'use client';
import { forwardRef, type HTMLAttributes, useMemo } from 'react';
import type { HankoMetadataPatch } from '../core/HankoMetadataPatch';
import type { MetadataDraftSchemas } from './metadataEditor/useDraftIssues';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from '../core/HankoUserMetadata';
import { classNames } from './classNames';
import { isCounted } from './metadataEditor/categoryBudget';
import { CategorySection } from './metadataEditor/CategorySection';
import { changeMarkers } from './metadataEditor/changeMarkers';
import { EditorBar } from './metadataEditor/EditorBar';
import type { MetadataPath } from './metadataEditor/metadataDraftState';
import { editorFirstLoadLabels, type MetadataEditorLabels } from './metadataEditor/metadataEditorLabels';
import { useChangeNavigation } from './metadataEditor/useChangeNavigation';
import { useDraftIssues } from './metadataEditor/useDraftIssues';
import { useEditorActions } from './metadataEditor/useEditorActions';
import { useEditingParts } from './metadataEditor/useEditingParts';
import { useEditorSave } from './metadataEditor/useEditorSave';
import { useMetadataDraft } from './metadataEditor/useMetadataDraft';

export { defaultMetadataEditorLabels } from './metadataEditor/defaultMetadataEditorLabels';
export type { MetadataEditorLabels } from './metadataEditor/metadataEditorLabels';
export type { MetadataPath } from './metadataEditor/metadataDraftState';
export type { MetadataDraftSchemas } from './metadataEditor/useDraftIssues';

export interface MetadataEditorProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'onSubmit'> {
  /**
   * The user's metadata as it is now, or `null` (HTTP 204). New metadata that holds the draft's changes
   * (a save's answer) becomes the base; other new metadata under a changed draft is shown as a conflict,
   * theirs against mine, until the admin keeps both (a rebase) and saves again.
   */
  metadata: HankoUserMetadata | null;
  /** Sends the merge patch (and gets the draft it produces). While a returned promise is pending, Save waits. */
  onSave: (patch: HankoMetadataPatch, draft: HankoUserMetadata) => void | Promise<unknown>;
  /** The app's schemas per category (any Standard Schema): a draft that fails cannot be saved. */
  schemas?: MetadataDraftSchemas;
  /** Members that cannot be edited (nor removed with their container), category first. */
  readOnlyPaths?: readonly MetadataPath[];
  /** A message per category from the server (a 400 over the limit), shown on the category. */
  errors?: Partial<Record<MetadataCategory, string>>;
  locale?: string;
  labels?: Partial<MetadataEditorLabels>;
  /** Largest height of each tree's viewport in px. Default 320. */
  height?: number;
  /** Height of every row in px (the inputs fit it). Default 24, the inspector's. */
  rowHeight?: number;
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string;
}

/**
 * Edits a user's Hanko metadata in place, on the inspector's virtualized trees: typed values (exact
 * numbers kept), type changes, renames, adds, removes and pasted JSON, undo and redo, by keyboard or
 * mouse. Shows each category's budget, the changes and the exact merge patch Save sends.
 */
export const MetadataEditor = forwardRef<HTMLDivElement, MetadataEditorProps>(function MetadataEditor(
  { metadata, onSave, schemas, readOnlyPaths, errors, locale, labels, height = 320, rowHeight = 24, headingLevel = 3, className, ...rest },
  ref,
) {
  const text = { ...editorFirstLoadLabels, ...labels };
  const { state, apply, patch, changes, budgets, incoming, comparing, diffing, acceptIncoming } = useMetadataDraft(metadata, readOnlyPaths);
  const { issues, checking } = useDraftIssues(state.draft, schemas);
  const markers = useMemo(() => changeMarkers(changes), [changes]);
  const issuesByPath = useMemo(() => new Map(issues.map((issue) => [issue.path, issue.message])), [issues]);
  const actions = useEditorActions(apply, text);
  const navigation = useChangeNavigation({ changes, markers, state, actions, labels: text });
  const blocked = !!incoming || comparing || diffing || budgets.some((budget) => !isCounted(budget) || budget.over) || issues.length > 0 || checking;
  const { saving, canSave, save } = useEditorSave({ onSave, patch, draft: state.draft, blocked });
  const editingParts = useEditingParts(rest, () => actions.announce(text.loadingEditor));
  // The review and the conflict view (over a changed draft, so after an edit) come with the editing parts.
  const { DraftReview: Review, ConflictView } = editingParts.parts ?? {};

  return (
    <div {...rest} {...editingParts.rootHandlers} ref={ref} className={classNames('rum-root rum-metadata-editor', className)} onKeyDown={actions.onKeyDown}>
      <EditorBar
        canUndo={state.past.length > 0}
        canRedo={state.future.length > 0}
        onCommand={actions.onCommand}
        onlyChanges={navigation.onlyChanges}
        hasChanges={changes.length > 0}
        onOnlyChanges={navigation.setOnlyChanges}
        canSave={canSave}
        saving={saving}
        onSave={save}
        labels={text}
      />
      {incoming && ConflictView && (
        <ConflictView incoming={incoming} onRebase={acceptIncoming} privateMasked={!state.privateRevealed} labels={text} headingLevel={headingLevel} />
      )}
      {METADATA_CATEGORIES.map((category, index) => (
        <CategorySection
          key={category}
          category={category}
          state={state}
          budget={budgets[index] as (typeof budgets)[number]}
          changes={changes}
          markers={markers}
          issues={issues}
          issuesByPath={issuesByPath}
          // While a pasted document is diffed there are no marks to filter by: every row stays (the focused one too).
          onlyChanges={navigation.onlyChanges && !diffing}
          reveal={navigation.reveal}
          onRevealLeft={navigation.leaveReveal}
          onStepChange={navigation.step}
          onGoTo={navigation.goTo}
          error={errors?.[category]}
          onAction={actions.onAction}
          onCommand={actions.onCommand}
          editingParts={editingParts}
          labels={text}
          locale={locale}
          height={height}
          rowHeight={rowHeight}
          headingLevel={headingLevel}
        />
      ))}
      {Review && (
        <Review
          changes={changes}
          counting={diffing}
          privateMasked={!state.privateRevealed}
          patch={patch}
          currentChange={navigation.currentChange}
          onStep={navigation.step}
          labels={text}
          headingLevel={headingLevel}
        />
      )}
      <span role="status" className="rum-sr">
        {actions.announcement}
      </span>
    </div>
  );
});
