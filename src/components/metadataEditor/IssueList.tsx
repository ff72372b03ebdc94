import type { ReactNode } from 'react';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import type { MetadataPath } from './metadataDraftState';
import type { DraftIssue } from './useDraftIssues';

export interface IssueListProps {
  /** The schema issues of one category. */
  issues: readonly DraftIssue[];
  /** The category is masked private metadata: its issues are listed without their paths and messages. */
  masked?: boolean;
  /** Moves focus to the row of an issue (revealing masked private metadata first). */
  onGoTo: (path: MetadataPath) => void;
  labels: MetadataEditorLabels;
  /** Id of the list's title, unique in the page. */
  titleId: string;
}

/**
 * A category's schema issues as a list of buttons, each taking focus to its row (its ancestors opened);
 * their number is announced as it changes, since a check may finish after the edit that caused it.
 */
export function IssueList({ issues, masked, onGoTo, labels, titleId }: IssueListProps): ReactNode {
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
                  {/*
                   * Masked, neither the path nor the message: the inspector's mask hides private keys as well
                   * as values (a key can name what is stored, or be an id or an email), and a schema's message
                   * may quote the value it refused. The number of issues says why Save is off.
                   */}
                  {masked ? (
                    labels.hiddenIssue(index + 1, issues.length)
                  ) : (
                    <>
                      <code>{issue.path}</code> {issue.message}
                    </>
                  )}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
