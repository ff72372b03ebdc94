'use client';
import { type KeyboardEvent, useState } from 'react';
import { jsonPath } from '../jsonTree/jsonPath';
import { readEditorKey } from './editorKeyboard';
import type { MetadataDraftAction } from './metadataDraftReducer';
import type { MetadataDraftState } from './metadataDraftState';
import type { MetadataEditorLabels } from './metadataEditorLabels';

export interface EditorActions {
  /** What the editor's live region says now. */
  announcement: string;
  announce: (text: string) => void;
  /** Carries out an edit, announcing a refusal, a removal, a restore or an undo; returns whether it was taken. */
  onAction: (action: MetadataDraftAction) => boolean;
  onCommand: (command: 'undo' | 'redo') => void;
  /** Undo and redo anywhere in the editor but in a text input, which keeps its own. */
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
}

/** The editor's actions on its draft, with what each says to screen readers. */
export function useEditorActions(
  apply: (action: MetadataDraftAction) => MetadataDraftState,
  text: MetadataEditorLabels,
): EditorActions {
  const [announcement, announce] = useState('');
  const onAction = (action: MetadataDraftAction) => {
    const next = apply(action);
    if (next.refused) announce(text.refused(next.refused));
    else if (action.type === 'remove') announce(text.removed(jsonPath(action.path)));
    else if (action.type === 'restore') announce(text.restored(jsonPath(action.path)));
    else if (action.type === 'undo' || action.type === 'redo') announce(action.type === 'undo' ? text.undone : text.redone);
    return !next.refused;
  };
  const onCommand = (command: 'undo' | 'redo') => onAction({ type: command });
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if ((event.target as HTMLElement).closest('input, select, textarea')) return;
    const command = readEditorKey(event, true);
    if (command !== 'undo' && command !== 'redo') return;
    event.preventDefault();
    onCommand(command);
  };
  return { announcement, announce, onAction, onCommand, onKeyDown };
}
