import type { ReactNode } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import { jsonPath } from '../jsonTree/jsonPath';
import { jsonPreview } from './jsonPreview';
import type { MetadataEditorLabels } from './metadataEditorLabels';

// A value's first thousand characters: a pasted document is one change, megabytes long.
const shown = (value: MetadataChange['before']) => (value === undefined ? '' : jsonPreview(value, 1_000));

/** What masked private metadata shows for a change's path and values, as the inspector's placeholders do. */
export const MASKED = '••••';

/**
 * One change as a diff line: its kind, the path, the value before (struck) and after. The review's list
 * and the conflict view's two lists show changes alike. `masked` (a change in masked private metadata)
 * shows its kind and category only: a private key is as telling as its value.
 */
export function ChangeLine({ change, masked, labels }: { change: MetadataChange; masked?: boolean; labels: MetadataEditorLabels }): ReactNode {
  const mark = <span className="rum-editor-mark">{labels.change(change.kind)}</span>;
  if (masked) {
    return (
      <>
        {mark} <code>{change.path[0]}</code> {MASKED}
      </>
    );
  }
  return (
    <>
      {mark} <code>{jsonPath(change.path)}</code>{' '}
      {change.kind !== 'added' && <del>{shown(change.before)}</del>}
      {change.kind === 'changed' && ' → '}
      {change.kind !== 'removed' && <ins>{shown(change.after)}</ins>}
    </>
  );
}
