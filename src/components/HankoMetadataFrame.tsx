'use client';
import type { ReactNode } from 'react';
import type { HankoMetadataData } from '../core/HankoUserMetadata';
import { type UseHankoMetadataParameters, useHankoMetadata } from '../react/useHankoMetadata';
import { type HankoMetadataStateLabels, invalidHankoId, MetadataSectionsSkeleton } from './HankoMetadataStates';
import { StatusFrame, type StatusFrameProps } from './StatusFrame';

export interface HankoMetadataFrameProps
  extends Omit<StatusFrameProps<HankoMetadataData>, 'query' | 'invalid' | 'labels' | 'notFound' | 'skeleton'>,
    Pick<UseHankoMetadataParameters, 'client' | 'schemas' | 'query'> {
  /** The Hanko user id (a UUID). Anything else shows the invalid-id state and sends no request. */
  userId: string;
  labels: HankoMetadataStateLabels;
  /** Heading level of the skeleton's category sections, as the loaded component's. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
}

/**
 * A Hanko user's metadata in a `StatusFrame`, for the inspector and the editor alike: fetched with
 * `useHankoMetadata`, the invalid-id state for an id that is not a UUID, not found, and a skeleton of
 * the three category sections while it loads.
 */
export function HankoMetadataFrame({
  userId,
  client,
  schemas,
  query,
  labels,
  headingLevel,
  ...frame
}: HankoMetadataFrameProps): ReactNode {
  return (
    <StatusFrame
      {...frame}
      query={useHankoMetadata(userId, { client, schemas, query })}
      invalid={invalidHankoId(userId, labels)}
      labels={labels}
      notFound={labels.notFound}
      skeleton={<MetadataSectionsSkeleton headingLevel={headingLevel} />}
    />
  );
}
