'use client';
import { useEffect, useState } from 'react';
import type { StandardSchemaV1 } from '../../core/StandardSchema';
import { METADATA_CATEGORIES, type MetadataCategory } from '../../core/HankoUserMetadata';
import type { StandardSchemaIssue } from '../../core/StandardSchema';
import { jsonPath } from '../jsonTree/jsonPath';
import type { MetadataDraft, MetadataPath } from './metadataDraftState';

/** A schema per category (any Standard Schema: zod, valibot…), as `useHankoMetadata` takes them. */
export type MetadataDraftSchemas = { [Category in MetadataCategory]?: StandardSchemaV1 };

/** A schema's complaint about the draft, on the row it names. */
export interface DraftIssue {
  category: MetadataCategory;
  /** The member's path as `jsonPath` writes it, category first. */
  path: string;
  /** The same path as keys, category first: where "go to issue" moves focus. */
  keys: MetadataPath;
  message: string;
}

/**
 * The draft checked against the app's schemas (any Standard Schema, sync or async), per non-empty
 * category as `useHankoMetadata` checks what it reads. An async answer that arrives after a newer
 * draft is dropped.
 */
export function useDraftIssues(
  draft: MetadataDraft,
  schemas: MetadataDraftSchemas | undefined,
): { issues: DraftIssue[]; checking: boolean } {
  const [issues, setIssues] = useState<{ draft: MetadataDraft | null; issues: DraftIssue[] }>({ draft: null, issues: [] });
  useEffect(() => {
    if (!schemas) return;
    let current = true;
    void checkDraft(draft, schemas).then((found) => {
      if (current) setIssues({ draft, issues: found });
    });
    return () => {
      current = false;
    };
  }, [draft, schemas]);
  if (!schemas) return { issues: [], checking: false };
  // Until this draft is checked, the last draft's issues stay shown and `checking` keeps Save off.
  return { issues: issues.issues, checking: issues.draft !== draft };
}

async function checkDraft(draft: MetadataDraft, schemas: MetadataDraftSchemas): Promise<DraftIssue[]> {
  const found: DraftIssue[] = [];
  for (const category of METADATA_CATEGORIES) {
    const schema = schemas[category];
    const value = draft[category];
    if (!schema || !Object.keys(value).length) continue;
    const outcome = await schema['~standard'].validate(value);
    for (const issue of outcome.issues ?? []) found.push(toDraftIssue(category, issue));
  }
  return found;
}

function toDraftIssue(category: MetadataCategory, issue: StandardSchemaIssue): DraftIssue {
  const keys = (issue.path ?? []).map((part) => {
    const key = typeof part === 'object' ? part.key : part;
    return typeof key === 'number' ? key : String(key);
  });
  return { category, path: jsonPath([category, ...keys]), keys: [category, ...keys], message: issue.message };
}
