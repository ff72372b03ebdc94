import { createOnDemandModule } from './onDemandModule';

/** The editing parts (`editingParts.ts`), as the module `import()` gives. */
export type EditingParts = typeof import('./editingParts');

/** Loaded when a user reaches for the editor (focus or pointer in it), before their first edit. */
export const editingPartsModule = createOnDemandModule<EditingParts>(() => import('./editingParts'));

/**
 * The editing parts where a draft with changes needs them: every change comes from an edit, which
 * waits for them (see `useEditingParts`), so they are there.
 */
export function requireEditingParts(): EditingParts {
  const parts = editingPartsModule.loaded();
  if (!parts) throw new Error('MetadataEditor: a draft changed before its editing parts loaded');
  return parts;
}
