import type { JsonKey } from '../../core/editAtPath';
import { type HankoUserMetadata, METADATA_CATEGORIES, type MetadataCategory } from '../../core/HankoUserMetadata';
import type { JsonObject } from '../../core/json';

/** The three categories being edited, each an object (empty when the user has none). */
export type MetadataDraft = Readonly<Record<MetadataCategory, JsonObject>>;

/** A member of the draft: its category, then the keys below it. A category alone is its root. */
export type MetadataPath = readonly [MetadataCategory, ...JsonKey[]];

/** Whether a path is in private metadata, which is masked until revealed. */
export const isPrivatePath = (path: MetadataPath): boolean => path[0] === 'private_metadata';

/** Why the editor refused an action (the draft is left as it was). */
export type DraftRefusal =
  /** The path is read-only, inside a read-only path, or holds one. */
  | 'read-only'
  /** Private metadata is masked: reveal it first. */
  | 'private-masked'
  /** The category was withheld by the proxy: the editor cannot see what it would change. */
  | 'withheld'
  /** Nothing at that path (any more). */
  | 'not-found'
  /** A rename or add to a key the object already has. */
  | 'duplicate-key'
  /** Pasted text that is not JSON. */
  | 'invalid-json'
  /** A paste read in a later task, after another edit changed its category: taking it would undo that edit. */
  | 'changed-while-read'
  /** Pasted JSON with such a number, and the parser failed to load. */
  | 'parser-unavailable'
  /** A category must stay an object. */
  | 'category-not-object'
  /** Hanko deletes an object member set to `null`: remove it instead. (Array items may be `null`.) */
  | 'null-member';

/** The editor's draft with its history: everything the editing UI shows, as plain data. */
export interface MetadataDraftState {
  /** The metadata the edit started from (after a save or rebase, the new state). */
  base: MetadataDraft;
  draft: MetadataDraft;
  /** Earlier drafts, newest last; undo steps back through them. */
  past: readonly MetadataDraft[];
  /** Drafts undone, newest first; redo steps forward. Any new edit clears them. */
  future: readonly MetadataDraft[];
  /** Members that cannot be edited, nor removed with their container. */
  readOnlyPaths: readonly MetadataPath[];
  /** Categories the proxy withheld: unseen, so never edited. */
  withheld: readonly MetadataCategory[];
  /** Private metadata is shown (and so editable). */
  privateRevealed: boolean;
  /** Why the last action did nothing; `undefined` after one that was carried out. */
  refused?: DraftRefusal;
}

export interface MetadataDraftOptions {
  readOnlyPaths?: readonly MetadataPath[];
  privateRevealed?: boolean;
}

/** Undo keeps this many steps; the oldest go first. */
export const DRAFT_HISTORY_LIMIT = 200;

/** Metadata as a draft: every category an object. */
export function toMetadataDraft(metadata: HankoUserMetadata | null | undefined): MetadataDraft {
  return {
    public_metadata: metadata?.public_metadata ?? {},
    private_metadata: metadata?.private_metadata ?? {},
    unsafe_metadata: metadata?.unsafe_metadata ?? {},
  };
}

export function initialMetadataDraftState(
  metadata: HankoUserMetadata | null | undefined,
  options: MetadataDraftOptions = {},
): MetadataDraftState {
  const base = toMetadataDraft(metadata);
  return {
    base,
    draft: base,
    past: [],
    future: [],
    readOnlyPaths: options.readOnlyPaths ?? [],
    withheld: (metadata?.withheld_categories ?? []).filter((category) => METADATA_CATEGORIES.includes(category)),
    privateRevealed: options.privateRevealed ?? false,
  };
}
