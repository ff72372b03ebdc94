'use client';
import { forwardRef, type HTMLAttributes, useMemo, useState } from 'react';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from '../core/HankoUserMetadata';
import { classNames } from './classNames';
import { Icon } from './Icon';
import { defaultJsonTreeLabels, JsonTree, type JsonTreeLabels } from './JsonTree';
import { stringifyExactJson } from '../core/stringifyExactJson';
import { StateMessage } from './StateMessage';

/** Every visible (and screen-reader) string of `MetadataInspector`, its trees included. */
export interface MetadataInspectorLabels extends JsonTreeLabels {
  /** Heading of a category's section. */
  title: (category: MetadataCategory) => string;
  /** Shown when a category is absent (Hanko leaves empty ones out). */
  absent: (category: MetadataCategory) => string;
  /**
   * Shown instead of `absent` when the server withheld the category from this reader (the proxy's
   * grant, or `withholdMetadataCategories`): it may hold data, just none this reader may see.
   */
  withheld: (category: MetadataCategory) => string;
  /** Shown for `null`: the API answered 204, the user has no metadata at all. */
  noMetadata: string;
  /** The technical detail below `noMetadata`. */
  noMetadataDetail: string;
  /**
   * The button that puts private metadata in the page. A reveal holds for the private metadata it
   * showed: different private metadata (another user's) comes masked.
   */
  reveal: string;
  /** The same button once revealed: it says what it will do, so it takes the metadata out again. */
  hide: string;
  /** Shown with `••••` placeholders instead of the private tree while it is masked. */
  masked: string;
}

export const defaultMetadataInspectorLabels: MetadataInspectorLabels = {
  ...defaultJsonTreeLabels,
  title: (category) => `${category[0]?.toUpperCase()}${category.slice(1).replace('_', ' ')}`,
  absent: (category) => `No ${category.replace('_', ' ')}`,
  withheld: () => 'Hidden by your access',
  noMetadata: 'This user has no metadata yet',
  noMetadataDetail: 'Hanko answered 204 No Content: no public, private or unsafe metadata is stored.',
  reveal: 'Reveal private metadata',
  hide: 'Hide private metadata',
  masked: 'Private metadata is hidden.',
};

export interface MetadataInspectorProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** A user's metadata, or `null` when they have none (HTTP 204). */
  metadata: HankoUserMetadata | null;
  /** BCP 47 tag for item and key counts. */
  locale?: string;
  labels?: Partial<MetadataInspectorLabels>;
  /** Levels of each tree open at first. Default 1. */
  defaultExpandDepth?: number;
  /** Largest height of each tree's viewport in px. Default 400. */
  height?: number;
  /** Level of the section headings. Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  className?: string;
}

/**
 * A user's Hanko metadata in three sections (public, private, unsafe), each a `JsonTree`.
 * Private metadata stays out of the DOM until the user reveals it: `••••` placeholders stand in for it.
 */
export const MetadataInspector = forwardRef<HTMLDivElement, MetadataInspectorProps>(function MetadataInspector(
  { metadata, locale, labels, defaultExpandDepth, height, headingLevel = 3, className, ...rest },
  ref,
) {
  const text = { ...defaultMetadataInspectorLabels, ...labels };
  // What was revealed, as text, not a flag: another user's metadata (or changed data) arrives masked
  // with no effect to wait for, while a refetch of the same data (new objects) stays revealed.
  const secret = metadata?.private_metadata;
  const secretText = useMemo(() => secret && stringifyExactJson(secret), [secret]);
  const [shown, setShown] = useState<string | undefined>();
  const revealed = !!secretText && shown === secretText;
  const Heading = `h${headingLevel}` as 'h3';
  return (
    <div
      data-state="success"
      data-empty={metadata ? undefined : ''}
      {...rest}
      ref={ref}
      className={classNames('rum-root rum-metadata-inspector', className)}
    >
      {metadata ? (
        METADATA_CATEGORIES.map((category) => {
          const value = metadata[category];
          const title = text.title(category);
          const isPrivate = category === 'private_metadata';
          const masked = isPrivate && !revealed;
          const withheld = !value && !!metadata.withheld_categories?.includes(category);
          return (
            <section
              key={category}
              className="rum-metadata-section"
              data-category={category}
              data-state={value ? (masked ? 'masked' : 'shown') : withheld ? 'withheld' : 'absent'}
            >
              <div className="rum-metadata-header">
                <Heading>
                  {isPrivate && <Icon name="lock" />}
                  {title}
                </Heading>
                {value && isPrivate && (
                  <button
                    type="button"
                    className="rum-button rum-metadata-reveal"
                    onClick={() => setShown(revealed ? undefined : secretText)}
                  >
                    <Icon name={revealed ? 'eye-off' : 'eye'} />
                    {revealed ? text.hide : text.reveal}
                  </button>
                )}
              </div>
              {!value ? (
                <p className="rum-metadata-empty">
                  {withheld && <Icon name="lock" />}
                  {withheld ? text.withheld(category) : text.absent(category)}
                </p>
              ) : masked ? (
                <MaskedMetadata text={text.masked} />
              ) : (
                <JsonTree
                  value={value}
                  label={title}
                  path={category}
                  defaultExpandDepth={defaultExpandDepth}
                  height={height}
                  locale={locale}
                  labels={text}
                />
              )}
            </section>
          );
        })
      ) : (
        <StateMessage icon="search" tone="empty" title={text.noMetadata} detail={text.noMetadataDetail} />
      )}
    </div>
  );
});

// Placeholder rows of fixed lengths: they say nothing about the hidden keys, their number or their values.
const MASKED_ROWS = ['•••• ••••••••', '•••••• ••••', '••••• ••••••••••'];

/** Where the private tree goes while it is masked: `••••` rows and what they stand for. */
function MaskedMetadata({ text }: { text: string }) {
  return (
    <div className="rum-metadata-masked">
      {MASKED_ROWS.map((row) => (
        <span key={row} aria-hidden="true">
          {row}
        </span>
      ))}
      <p>
        <Icon name="lock" />
        {text}
      </p>
    </div>
  );
}
