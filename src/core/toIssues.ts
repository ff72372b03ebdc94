import type { BaseIssue } from 'valibot';
import type { ApiErrorIssue } from './ApiError';
import type { StandardSchemaIssue } from './StandardSchema';

/** Schema issues (valibot's, or any Standard Schema's) as ours: a dotted path, below `prefix` if given. */
export function toIssues(
  issues: readonly (StandardSchemaIssue | BaseIssue<unknown>)[],
  ...prefix: PropertyKey[]
): ApiErrorIssue[] {
  return issues.map(({ path = [], message }) => ({
    path: [...prefix, ...path].map((part) => String(typeof part === 'object' ? part.key : part)).join('.'),
    message,
  }));
}
