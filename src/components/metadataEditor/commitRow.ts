import { valueAt } from '../../core/editAtPath';
import type { JsonValue } from '../../core/json';
import { loadLosslessParser, NEEDS_PARSER } from './losslessParser';
import { commitRowEdit, type RowEdit, type RowEditProblem } from './rowEdit';
import type { RowCommitOptions } from './useRowCommit';

/** What a commit reads and keeps between renders (`useRowCommit`'s refs). */
interface RowCommitRefs {
  /** The newest props. */
  latest: { readonly current: RowCommitOptions };
  /** The edit whose commit waits for the lossless parser; a render without its pending form clears it. */
  pending: { current: RowEdit | null };
}

/**
 * Commits `edit`: its actions carried out and the form closed, or the problem shown in the form. A number
 * only the lossless parser keeps exact waits for it to load: the edit is `pending` (its form stays open,
 * a second Enter does nothing), then commits as it is by then, unless it was cancelled meanwhile; a
 * failed load is the form's problem, and the next Enter tries again.
 */
export function commitRow(edit: RowEdit, refs: RowCommitRefs): void {
  const { draft, onAction, setEdit, finishEdit } = refs.latest.current;
  const actions = commitRowEdit(edit, valueAt(draft, edit.path.slice(1)) as JsonValue);
  if (actions === NEEDS_PARSER) {
    const waiting: RowEdit = { ...edit, pending: true, problem: undefined };
    refs.pending.current = waiting;
    setEdit(waiting);
    loadLosslessParser().then(
      () => resume(refs),
      () => resume(refs, 'parser-unavailable'),
    );
  } else if (typeof actions === 'string') setEdit({ ...edit, pending: false, problem: actions });
  else if (actions.every(onAction)) finishEdit();
  else if (edit.pending) setEdit({ ...edit, pending: false });
}

function resume(refs: RowCommitRefs, problem?: RowEditProblem) {
  const waiting = refs.pending.current;
  refs.pending.current = null;
  // Cancelled (or another row opened) while the parser loaded: nothing to commit.
  if (!waiting) return;
  if (problem) refs.latest.current.setEdit({ ...waiting, pending: false, problem });
  else commitRow(waiting, refs);
}
