import type { ReactNode } from 'react';
import type { MetadataChange } from '../../core/diffMetadata';
import { jsonPath } from '../jsonTree/jsonPath';
import { jsonPreview } from './jsonPreview';
import { isPrivatePath } from './metadataDraftState';
import type { MetadataEditorLabels } from './metadataEditorLabels';

// A value's first thousand characters: a pasted document is one change, megabytes long.
const shown = (value: MetadataChange['before']) => (value === undefined ? '' : jsonPreview(value, 1_000));

/** What masked private metadata shows for a change's path and values, as the inspector's placeholders do. */
export const MASKED = '••••';

/**
 * One change as a diff line: its kind, the path, the value before (struck) and after. The review's list
 * and the conflict view's two lists show changes alike. While `privateMasked`, a change in private
 * metadata shows its kind and category only: a private key is as telling as its value.
 */
export function ChangeLine(props: { change: MetadataChange; privateMasked: boolean | undefined; labels: MetadataEditorLabels }): ReactNode {
  const { change, labels } = props;
  const mark = <span className="rum-editor-mark">{labels.change(change.kind)}</span>;
  if (props.privateMasked && isPrivatePath(change.path)) {
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
