'use client';
import { forwardRef, type Ref } from 'react';
import type { ApiError } from '../core/ApiError';
import type { HankoClient } from '../core/createHankoClient';
import type { HankoMetadataPatch } from '../core/HankoMetadataPatch';
import type { HankoUserMetadata, MetadataCategory } from '../core/HankoUserMetadata';
import type { HankoMetadataSchemas } from '../core/hankoMetadataQueryOptions';
import type { UseHankoMetadataParameters } from '../react/useHankoMetadata';
import { useUpdateHankoMetadata } from '../react/useUpdateHankoMetadata';
import { classNames } from './classNames';
import type { ErrorStateLabels } from './ErrorState';
import { HankoMetadataFrame } from './HankoMetadataFrame';
import { defaultHankoMetadataStateLabels, type HankoMetadataStateLabels } from './HankoMetadataStates';
import { overLimitCategory } from './hankoMetadataEditor/overLimitCategory';
import { MetadataEditor, type MetadataEditorProps } from './MetadataEditor';
import { defaultMetadataEditorLabels } from './metadataEditor/defaultMetadataEditorLabels';
import { editorFirstLoadLabels, type MetadataEditorLabels } from './metadataEditor/metadataEditorLabels';
import { StateMessage } from './StateMessage';

/** `MetadataEditor`'s strings plus those of the loading, invalid-id, not-found and save-failed states. */
export interface HankoMetadataEditorLabels extends MetadataEditorLabels, HankoMetadataStateLabels {
  /** Title of the alert above the editor when a save failed for another reason than a conflict or the limit. */
  saveFailed: string;
}

/** The connected editor's own strings, over `MetadataEditor`'s. */
const hankoEditorLabels: Omit<HankoMetadataEditorLabels, keyof MetadataEditorLabels> = {
  ...defaultHankoMetadataStateLabels,
  saveFailed: 'Couldn’t save. Your changes are still here.',
};

export const defaultHankoMetadataEditorLabels: HankoMetadataEditorLabels = { ...defaultMetadataEditorLabels, ...hankoEditorLabels };

export interface HankoMetadataEditorProps
  extends Omit<MetadataEditorProps, 'metadata' | 'onSave' | 'errors' | 'labels' | 'schemas'> {
  /** The Hanko user id (a UUID). Anything else shows the invalid-id state and sends no request. */
  userId: string;
  /** Use this client instead of the provider's. */
  client?: HankoClient;
  /** Validate categories with your own schemas: on read (a mismatch shows the error state) and on the draft (Save waits). */
  schemas?: HankoMetadataSchemas;
  /** TanStack Query options, passed through to `useHankoMetadata`. */
  query?: UseHankoMetadataParameters['query'];
  /** Called with what Hanko stored after each successful save. */
  onSaved?: (metadata: HankoUserMetadata | null) => void;
  labels?: Partial<HankoMetadataEditorLabels>;
  /** Strings of the error state. */
  errorLabels?: Partial<ErrorStateLabels>;
}

/** Where a failed save is shown: on its category (over the limit), nowhere (a 409 shows as a conflict) or near Save. */
function describeSaveError(error: ApiError | null): {
  categoryErrors?: Partial<Record<MetadataCategory, string>>;
  alert?: string;
} {
  if (!error || error.status === 409) return {};
  const category = overLimitCategory(error);
  if (category) return { categoryErrors: { [category]: error.serverMessage ?? error.message } };
  return { alert: error.message };
}

/**
 * Fetches a Hanko user's metadata and edits it in a `MetadataEditor`, with loading, error (Retry),
 * not-found and invalid-id states in the same frame. Save sends the merge patch with the fingerprint of
 * the metadata it was made on: a 409 (another admin saved first) brings their metadata in as the
 * editor's conflict view; Hanko's over-limit 400 shows on its category; any other failure shows near
 * Save, the draft kept.
 */
export const HankoMetadataEditor = forwardRef<HTMLDivElement, HankoMetadataEditorProps>(function HankoMetadataEditor(
  { userId, client, schemas, query, onSaved, labels, errorLabels, ...props },
  ref,
) {
  // As MetadataEditor's: the messages only edits show come with its editing parts.
  const text = { ...editorFirstLoadLabels, ...hankoEditorLabels, ...labels };
  const { locale, height, rowHeight, readOnlyPaths, headingLevel, className, ...rest } = props;
  const editorProps = { locale, height, rowHeight, readOnlyPaths, headingLevel };
  const update = useUpdateHankoMetadata(userId, { client, mutation: { onSuccess: (stored) => onSaved?.(stored) } });
  const { categoryErrors, alert } = describeSaveError(update.error);
  return (
    <HankoMetadataFrame
      {...rest}
      rootRef={ref as Ref<HTMLElement>}
      className={classNames('rum-root rum-metadata-editor', className)}
      userId={userId}
      client={client}
      schemas={schemas}
      query={query}
      labels={text}
      errorLabels={errorLabels}
      headingLevel={headingLevel}
    >
      {(data, root) => {
        // While a save is on its way the cache holds the optimistic result, and after a failure it rolls
        // back: the editor keeps the metadata the draft was made on, so neither reads as someone else's
        // change, and only the answer (or a refetch after a 409) reaches it.
        const metadata = update.isPending ? update.variables.base : data;
        const save = (patch: HankoMetadataPatch) =>
          update.mutateAsync({ base: metadata, patch }).catch(() => undefined);
        return (
          <div {...rest} {...root} className={classNames('rum-root rum-hanko-metadata-editor', className)}>
            {alert && <StateMessage icon="alert" tone="error" role="alert" title={text.saveFailed} detail={alert} />}
            {/* Keyed by user: another user's draft starts afresh. */}
            <MetadataEditor
              key={userId}
              {...editorProps}
              metadata={metadata}
              onSave={save}
              schemas={schemas}
              errors={categoryErrors}
              labels={text}
            />
          </div>
        );
      }}
    </HankoMetadataFrame>
  );
});
