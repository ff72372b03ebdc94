'use client';
import { forwardRef, type Ref } from 'react';
import type { HankoClient } from '../core/createHankoClient';
import type { HankoMetadataSchemas } from '../core/hankoMetadataQueryOptions';
import type { UseHankoMetadataParameters } from '../react/useHankoMetadata';
import { classNames } from './classNames';
import type { ErrorStateLabels } from './ErrorState';
import {
  defaultMetadataInspectorLabels,
  MetadataInspector,
  type MetadataInspectorLabels,
  type MetadataInspectorProps,
} from './MetadataInspector';
import { HankoMetadataFrame } from './HankoMetadataFrame';
import { defaultHankoMetadataStateLabels, type HankoMetadataStateLabels } from './HankoMetadataStates';

/** `MetadataInspector`'s strings plus those of the loading, invalid-id and not-found states. */
export interface HankoMetadataInspectorLabels extends MetadataInspectorLabels, HankoMetadataStateLabels {}

export const defaultHankoMetadataInspectorLabels: HankoMetadataInspectorLabels = {
  ...defaultMetadataInspectorLabels,
  ...defaultHankoMetadataStateLabels,
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
    const { locale: _locale, defaultExpandDepth: _expandDepth, height: _height, headingLevel, className, ...rest } = props;
    return (
      <HankoMetadataFrame
        {...rest}
        rootRef={ref as Ref<HTMLElement>}
        className={classNames('rum-root rum-metadata-inspector', className)}
        userId={userId}
        client={client}
        schemas={schemas}
        query={query}
        labels={text}
        errorLabels={errorLabels}
        headingLevel={headingLevel}
      >
        {(data, root) => (
          // Keyed by user: another user's tree starts afresh (search, expansion, masking).
          <MetadataInspector key={userId} {...props} {...root} metadata={data} labels={text} />
        )}
      </HankoMetadataFrame>
    );
  },
);
