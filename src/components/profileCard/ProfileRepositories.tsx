import { type ReactNode, useId, useState } from 'react';
import { formatNumber } from '../formatNumber';
import { Icon } from '../Icon';
import type { HeadingLevel, ProfileCardLabels } from '../ProfileCard';
import { safeHref } from '../safeUrl';

export interface ProfileRepositoriesProps {
  repositories: readonly string[];
  labels: ProfileCardLabels;
  /** The locale the count is written in (the viewer's when undefined). */
  locale: string | undefined;
  repositoryHref: ((repository: string) => string | undefined) | undefined;
  /** Repositories listed before "Show all". */
  maxRepositories: number;
  /** Level of the "Repositories" heading. */
  headingLevel: HeadingLevel;
}

/**
 * ProfileCard's repositories: a heading with the count, the first `maxRepositories` and "Show all", or
 * the whole list scrolling inside the card once expanded.
 */
export function ProfileRepositories(props: ProfileRepositoriesProps): ReactNode {
  const { repositories, labels, locale, repositoryHref } = props;
  const id = useId();
  const [expanded, setExpanded] = useState(false);
  const Heading = `h${props.headingLevel}` as 'h4';
  const limit = Math.max(0, Math.floor(props.maxRepositories));
  const truncated = repositories.length > limit;
  const scrolling = expanded && truncated;
  const shown = truncated && !expanded ? repositories.slice(0, limit) : repositories;
  const count = formatNumber(repositories.length, locale).full;
  return (
    // Not a <section>: two cards on a page would make two "Repositories" landmarks. The heading names it.
    <div className="rum-profile-repos">
      <Heading id={`${id}r`} className="rum-profile-repos-title">
        {labels.repositories} <span className="rum-profile-count">{count}</span>
      </Heading>
      {repositories.length === 0 ? (
        <p className="rum-profile-empty">{labels.noRepositories}</p>
      ) : (
        <ul
          id={`${id}l`}
          className="rum-profile-repo-list"
          data-state={scrolling ? 'expanded' : undefined}
          // The whole list scrolls inside the card: a scrolling box must be reachable by keyboard.
          tabIndex={scrolling ? 0 : undefined}
          aria-labelledby={scrolling ? `${id}r` : undefined}
        >
          {shown.map((repository, index) => (
            // Keyed by position: names can repeat in a malformed response, and the list never reorders.
            <li key={index}>
              <Icon name="repository" />
              {repositoryItem(repository, repositoryHref && safeHref(repositoryHref(repository)))}
            </li>
          ))}
        </ul>
      )}
      {truncated && (
        <button
          type="button"
          className="rum-button"
          aria-expanded={expanded}
          aria-controls={`${id}l`}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? labels.showFewer : labels.showAll(repositories.length, count)}
        </button>
      )}
    </div>
  );
}

/** `owner/` set apart from the name, as a link when the app gave a safe href. */
function repositoryItem(repository: string, href: string | undefined) {
  const slash = repository.indexOf('/');
  // One element: the list item lays its icon and its name out side by side.
  const content = (
    <span className="rum-repo-name">
      {slash > 0 && <span className="rum-repo-owner">{repository.slice(0, slash + 1)}</span>}
      {slash > 0 ? repository.slice(slash + 1) : repository}
    </span>
  );
  if (!href) return content;
  // Another site learns nothing about the (often private) admin page the link was on.
  return (
    <a href={href} rel={href.startsWith('/') ? undefined : 'noopener noreferrer'}>
      {content}
    </a>
  );
}
