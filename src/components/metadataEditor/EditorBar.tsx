import type { ReactNode } from 'react';
import type { MetadataEditorLabels } from './metadataEditorLabels';

export interface EditorBarProps {
  canUndo: boolean;
  canRedo: boolean;
  onCommand: (command: 'undo' | 'redo') => void;
  /** "Only changes" is on: every tree shows only the changed, added and removed rows. */
  onlyChanges: boolean;
  /** There are changes to narrow the trees to. */
  hasChanges: boolean;
  onOnlyChanges: (on: boolean) => void;
  canSave: boolean;
  saving: boolean;
  onSave: () => void;
  labels: MetadataEditorLabels;
}

/** The editor's bar: Undo, Redo, the "Only changes" toggle and Save. */
export function EditorBar(props: EditorBarProps): ReactNode {
  const { labels, onlyChanges } = props;
  return (
    <div className="rum-editor-bar">
      <button type="button" className="rum-button" disabled={!props.canUndo} onClick={() => props.onCommand('undo')}>
        {labels.undo}
      </button>
      <button type="button" className="rum-button" disabled={!props.canRedo} onClick={() => props.onCommand('redo')}>
        {labels.redo}
      </button>
      <button
        type="button"
        className="rum-button"
        aria-pressed={onlyChanges}
        // Off stays reachable with nothing changed; on needs a change to show.
        disabled={!onlyChanges && !props.hasChanges}
        onClick={() => props.onOnlyChanges(!onlyChanges)}
      >
        {labels.onlyChanges}
      </button>
      <button type="button" className="rum-button rum-editor-save" disabled={!props.canSave} onClick={props.onSave}>
        {props.saving ? labels.saving : labels.save}
      </button>
    </div>
  );
}
