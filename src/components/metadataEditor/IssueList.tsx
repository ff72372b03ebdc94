import type { ReactNode } from 'react';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import type { MetadataPath } from './metadataDraftState';
import type { DraftIssue } from './useDraftIssues';

export interface IssueListProps {
  /** The schema issues of one category. */
  issues: readonly DraftIssue[];
  /** Moves focus to the row of an issue. */
  onGoTo: (path: MetadataPath) => void;
  labels: MetadataEditorLabels;
  /** Id of the list's title, unique in the page. */
  titleId: string;
}

/**
 * A category's schema issues as a list of buttons, each taking focus to its row (its ancestors opened);
 * their number is announced as it changes, since a check may finish after the edit that caused it.
 */
export function IssueList({ issues, onGoTo, labels, titleId }: IssueListProps): ReactNode {
  return (
    <>
      <span role="status" className="rum-sr">
        {issues.length ? labels.issues(issues.length) : ''}
      </span>
      {issues.length > 0 && (
        <div className="rum-editor-issues">
          <p id={titleId} className="rum-editor-issues-title">
            {labels.issues(issues.length)}
          </p>
          <ul aria-labelledby={titleId}>
            {issues.map((issue, index) => (
              // Two issues may name one path: the index keeps their keys apart.
              <li key={`${issue.path}\u0000${index}`}>
                <button type="button" className="rum-editor-issue-link" onClick={() => onGoTo(issue.keys)}>
                  <code>{issue.path}</code> {issue.message}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
