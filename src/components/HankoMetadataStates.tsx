import type { ReactNode } from 'react';
import { METADATA_CATEGORIES } from '../core/HankoUserMetadata';
import { isUuid } from '../core/validateInput';
import { Skeleton } from './Skeleton';
import { StateMessage } from './StateMessage';

/** The strings of the states around a Hanko metadata component (inspector or editor) before it has data. */
export interface HankoMetadataStateLabels {
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

export const defaultHankoMetadataStateLabels: HankoMetadataStateLabels = {
  loading: 'Loading metadata…',
  loadFailed: 'Couldn’t load metadata',
  invalidId: 'That isn’t a valid user id',
  invalidIdDetail: 'A Hanko user id must be a UUID, like 3f2504e0-4f89-41d3-9a0c-0305e82c3301.',
  notFound: 'There is no Hanko user with this id.',
};

/** StatusFrame's `invalid` for a Hanko user id: the message when it is not a UUID, else nothing. */
export function invalidHankoId(userId: string, text: HankoMetadataStateLabels): ReactNode {
  return (
    !isUuid(userId) && (
      <StateMessage icon="alert" tone="error" role="alert" title={text.invalidId} detail={text.invalidIdDetail} />
    )
  );
}

/** The three category sections of the loaded component, with placeholders in place of their content. */
export function MetadataSectionsSkeleton({ headingLevel = 3 }: { headingLevel?: 2 | 3 | 4 | 5 | 6 }): ReactNode {
  const Heading = `h${headingLevel}` as 'h3';
  return METADATA_CATEGORIES.map((category) => (
    <section key={category} className="rum-metadata-section" aria-hidden="true">
      <Heading>
        <Skeleton />
      </Heading>
      <Skeleton className="rum-metadata-placeholder" />
    </section>
  ));
}
