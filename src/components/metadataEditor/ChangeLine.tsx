import type { ReactNode } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import { stringifyExactJson } from '../../core/exactJson';
import { jsonPath } from '../jsonTree/jsonPath';
import type { MetadataEditorLabels } from './metadataEditorLabels';

const shown = (value: MetadataChange['before']) => (value === undefined ? '' : stringifyExactJson(value));

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
