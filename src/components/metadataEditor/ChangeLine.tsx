import type { ReactNode } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import { jsonPath } from '../jsonTree/jsonPath';
import { jsonPreview } from './jsonPreview';
import type { MetadataEditorLabels } from './metadataEditorLabels';

// A value's first thousand characters: a pasted document is one change, megabytes long.
const shown = (value: MetadataChange['before']) => (value === undefined ? '' : jsonPreview(value, 1_000));

/**
 * One change as a diff line: its kind, the path, the value before (struck) and after. The review's list
 * and the conflict view's two lists show changes alike.
 */
export function ChangeLine({ change, labels }: { change: MetadataChange; labels: MetadataEditorLabels }): ReactNode {
  return (
    <>
      <span className="rum-editor-mark">{labels.change(change.kind)}</span> <code>{jsonPath(change.path)}</code>{' '}
      {change.kind !== 'added' && <del>{shown(change.before)}</del>}
      {change.kind === 'changed' && ' → '}
      {change.kind !== 'removed' && <ins>{shown(change.after)}</ins>}
    </>
  );
}
