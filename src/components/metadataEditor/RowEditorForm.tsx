import { type KeyboardEvent, type ReactNode, useId } from 'react';
import { JSON_VALUE_TYPES, type JsonValueType } from './jsonValueType';
import { preloadLosslessParserFor } from './losslessParser';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import type { RowEdit } from './rowEdit';

export interface RowEditorFormProps {
  edit: RowEdit;
  labels: MetadataEditorLabels;
  onChange: (edit: RowEdit) => void;
  onCommit: () => void;
  onCancel: () => void;
}

/**
 * The inputs of a row being edited, in place of its value: key (object members), type, and value
 * (strings, numbers, booleans). Enter commits, Escape cancels; other keys stay with the inputs.
 */
export function RowEditorForm({ edit, labels, onChange: setEdit, onCommit, onCancel }: RowEditorFormProps): ReactNode {
  const problemId = useId();
  // While the commit waits for the number parser, the inputs hold what is being committed.
  const onChange = (next: RowEdit) => {
    if (!edit.pending) setEdit(next);
  };
  const described = edit.problem ? problemId : undefined;
  const hasText = edit.type === 'string' || edit.type === 'number';
  return (
    <span
      className="rum-editor-form"
      data-part="form"
      aria-busy={edit.pending || undefined}
      onKeyDown={formKeyHandler(onCommit, onCancel)}
      // Clicks keep focus in the form, as keys do.
      onClick={(event) => event.stopPropagation()}
      onMouseDown={(event) => event.stopPropagation()}
    >
      {edit.key !== undefined && (
        <input
          className="rum-editor-input rum-editor-key"
          aria-label={labels.keyInput}
          aria-describedby={edit.problem === 'empty-key' ? described : undefined}
          value={edit.key}
          readOnly={edit.pending}
          // Focus starts in the first input of the row being edited.
          autoFocus
          onChange={(event) => onChange({ ...edit, key: event.target.value, problem: undefined })}
        />
      )}
      <select
        className="rum-editor-input"
        aria-label={labels.typeInput}
        value={edit.type}
        autoFocus={edit.key === undefined}
        onChange={(event) => onChange({ ...edit, type: event.target.value as JsonValueType, problem: undefined })}
      >
        {JSON_VALUE_TYPES.map((type) => (
          <option key={type} value={type}>
            {labels.type(type)}
          </option>
        ))}
      </select>
      {hasText && (
        <input
          className="rum-editor-input rum-editor-value"
          aria-label={labels.valueInput}
          aria-invalid={edit.problem === 'not-a-number' || undefined}
          aria-describedby={described}
          inputMode={edit.type === 'number' ? 'decimal' : undefined}
          value={edit.text}
          readOnly={edit.pending}
          onChange={(event) => {
            if (edit.type === 'number') preloadLosslessParserFor(event.target.value.trim());
            onChange({ ...edit, text: event.target.value, problem: undefined });
          }}
        />
      )}
      {edit.type === 'boolean' && (
        <select
          className="rum-editor-input"
          aria-label={labels.valueInput}
          value={edit.text === 'true' ? 'true' : 'false'}
          onChange={(event) => onChange({ ...edit, text: event.target.value })}
        >
          <option value="true">true</option>
          <option value="false">false</option>
        </select>
      )}
      {edit.problem && (
        <span id={problemId} className="rum-editor-problem" role="alert">
          {labels.problem(edit.problem)}
        </span>
      )}
    </span>
  );
}

/** Keys typed in the form are the inputs', not the tree's (arrows, type-ahead): only Enter and Escape act. */
function formKeyHandler(onCommit: () => void, onCancel: () => void) {
  return (event: KeyboardEvent<HTMLSpanElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter') {
      event.preventDefault();
      onCommit();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
}
