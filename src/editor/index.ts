'use client';

// The metadata editor is its own entry: it carries the exact-number parser and the draft model, which a
// read-only page must not pay for. Turbopack keeps modules reachable from an entry's exports in a page
// that imports anything from that entry (measured by test/nextjs), so a separate entry is what keeps the
// editor out of the inspector's pages under every bundler.
export type {
  MetadataDraftSchemas,
  MetadataEditorLabels,
  MetadataEditorProps,
  MetadataPath,
} from '../components/MetadataEditor';
export { defaultMetadataEditorLabels, MetadataEditor } from '../components/MetadataEditor';
export type { HankoMetadataEditorLabels, HankoMetadataEditorProps } from '../components/HankoMetadataEditor';
export { defaultHankoMetadataEditorLabels, HankoMetadataEditor } from '../components/HankoMetadataEditor';
