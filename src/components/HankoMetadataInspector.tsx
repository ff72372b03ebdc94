'use client';
import { forwardRef, type Ref } from 'react';
import type { HankoClient } from '../core/createHankoClient';
import { METADATA_CATEGORIES } from '../core/HankoUserMetadata';
import type { HankoMetadataSchemas } from '../core/hankoMetadataQueryOptions';
import { isUuid } from '../core/validateInput';
import { type UseHankoMetadataParameters, useHankoMetadata } from '../react/useHankoMetadata';
import { classNames } from './classNames';
import type { ErrorStateLabels } from './ErrorState';
import {
  defaultMetadataInspectorLabels,
  MetadataInspector,
  type MetadataInspectorLabels,
  type MetadataInspectorProps,
} from './MetadataInspector';
import { Skeleton } from './Skeleton';
import { StateMessage } from './StateMessage';
import { StatusFrame } from './StatusFrame';

/** `MetadataInspector`'s strings plus those of the loading, invalid-id and not-found states. */
export interface HankoMetadataInspectorLabels extends MetadataInspectorLabels {
  /** Announced while the metadata loads. */
  loading: string;
  /** First line of the error state, in plain language. */
  loadFailed: string;
  /** Shown, without any request, when `userId` is not a UUID. */
  invalidId: string;
  /** The technical detail below `invalidId`. */
  invalidIdDetail: string;
  /** Body of the not-found state (HTTP 404). */
  notFound: string;
}

export const defaultHankoMetadataInspectorLabels: HankoMetadataInspectorLabels = {
  ...defaultMetadataInspectorLabels,
  loading: 'Loading metadata…',
  loadFailed: 'Couldn’t load metadata',
  invalidId: 'That isn’t a valid user id',
  invalidIdDetail: 'A Hanko user id must be a UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301.',
  notFound: 'There is no Hanko user with this id.',
};

export interface HankoMetadataInspectorProps extends Omit<MetadataInspectorProps, 'metadata' | 'labels'> {
  /** The Hanko user id (a UUID). Anything else shows the invalid-id state and sends no request. */
  userId: string;
  /** Use this client instead of the provider's. */
  client?: HankoClient;
  /** Validate categories with your own schemas; a mismatch shows the error state. */
  schemas?: HankoMetadataSchemas;
  /** TanStack Query options, passed through to `useHankoMetadata`. */
  query?: UseHankoMetadataParameters['query'];
  labels?: Partial<HankoMetadataInspectorLabels>;
  /** Strings of the error state. */
  errorLabels?: Partial<ErrorStateLabels>;
}

/**
 * Fetches a Hanko user's metadata and shows it in a `MetadataInspector`, with loading, error (Retry),
 * not-found and invalid-id states in the same frame. The root's `data-state` is `loading`, `invalid`,
 * `error`, `not-found` or `success` (`data-empty` too when the user has no metadata).
 */
export const HankoMetadataInspector = forwardRef<HTMLDivElement, HankoMetadataInspectorProps>(
  function HankoMetadataInspector({ userId, client, schemas, query, labels, errorLabels, ...props }, ref) {
    const text = { ...defaultHankoMetadataInspectorLabels, ...labels };
    const { locale: _l, defaultExpandDepth: _d, height: _h, headingLevel, className, ...rest } = props;
    const Heading = `h${headingLevel ?? 3}` as 'h3';
    return (
      <StatusFrame
        {...rest}
        rootRef={ref as Ref<HTMLElement>}
        className={classNames('rum-root rum-metadata-inspector', className)}
        query={useHankoMetadata(userId, { client, schemas, query })}
        invalid={
          !isUuid(userId) && (
            <StateMessage icon="alert" tone="error" role="alert" title={text.invalidId} detail={text.invalidIdDetail} />
          )
        }
        labels={text}
        notFound={text.notFound}
        errorLabels={errorLabels}
        skeleton={
          // The three sections of the loaded inspector, with placeholders in place of their content.
          METADATA_CATEGORIES.map((category) => (
            <section key={category} className="rum-metadata-section" aria-hidden="true">
              <Heading>
                <Skeleton />
              </Heading>
              <Skeleton className="rum-metadata-placeholder" />
            </section>
          ))
        }
      >
        {(data, root) => (
          // Keyed by user: another user's tree starts afresh (search, expansion, masking).
          <MetadataInspector key={userId} {...props} {...root} metadata={data} labels={text} />
        )}
      </StatusFrame>
    );
  },
);
