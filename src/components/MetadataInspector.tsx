'use client';
import { forwardRef, type HTMLAttributes, useMemo, useState } from 'react';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from '../core/HankoUserMetadata';
import { classNames } from './classNames';
import { defaultJsonTreeLabels, JsonTree, type JsonTreeLabels } from './JsonTree';
import { stringifyJson } from './jsonTree/stringifyJson';

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
  /**
   * The toggle (aria-pressed) that puts private metadata in the page, and takes it out again. A reveal
   * holds for the private metadata it showed: different private metadata (another user's) comes masked.
   */
  reveal: string;
  /** Shown instead of the private tree while it is masked. */
  masked: string;
}

export const defaultMetadataInspectorLabels: MetadataInspectorLabels = {
  ...defaultJsonTreeLabels,
  title: (category) => `${category[0]?.toUpperCase()}${category.slice(1).replace('_', ' ')}`,
  absent: (category) => `No ${category.replace('_', ' ')}`,
  withheld: () => 'Hidden by your access',
  noMetadata: 'This user has no metadata',
  reveal: 'Reveal private metadata',
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
 * Private metadata stays out of the DOM until the user reveals it.
 */
export const MetadataInspector = forwardRef<HTMLDivElement, MetadataInspectorProps>(function MetadataInspector(
  { metadata, locale, labels, defaultExpandDepth, height, headingLevel = 3, className, ...rest },
  ref,
) {
  const text = { ...defaultMetadataInspectorLabels, ...labels };
  // What was revealed, as text, not a flag: another user's metadata (or changed data) arrives masked
  // with no effect to wait for, while a refetch of the same data (new objects) stays revealed.
  const secret = metadata?.private_metadata;
  const secretText = useMemo(() => secret && stringifyJson(secret), [secret]);
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
          const masked = category === 'private_metadata' && !revealed;
          const withheld = !value && !!metadata.withheld_categories?.includes(category);
          return (
            <section
              key={category}
              className="rum-metadata-section"
              data-category={category}
              data-state={value ? (masked ? 'masked' : 'shown') : withheld ? 'withheld' : 'absent'}
            >
              <Heading>{title}</Heading>
              {value && category === 'private_metadata' && (
                <button
                  type="button"
                  className="rum-button rum-metadata-reveal"
                  aria-pressed={revealed}
                  onClick={() => setShown(revealed ? undefined : secretText)}
                >
                  {text.reveal}
                </button>
              )}
              {!value ? (
                <p className="rum-metadata-empty">{withheld ? text.withheld(category) : text.absent(category)}</p>
              ) : masked ? (
                <p className="rum-metadata-empty">{text.masked}</p>
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
        <p className="rum-metadata-empty">{text.noMetadata}</p>
      )}
    </div>
  );
});
