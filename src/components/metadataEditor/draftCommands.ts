import type { HankoUserMetadata } from '../../core/HankoUserMetadata';
import { type MetadataDraftState, toMetadataDraft } from './metadataDraftState';

/**
 * The draft's actions that change no member: history, the private category's mask and a new base. They
 * are in the editor's first load; the edits and the rebase (`metadataDraftReducer`) come with the
 * editing parts, on demand.
 */
export type MetadataDraftCommand =
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'revealPrivate'; revealed: boolean }
  /** Start again from new metadata (a draft without changes): the draft is the new state, history cleared. */
  | { type: 'reset'; metadata: HankoUserMetadata | null };

const COMMANDS: ReadonlySet<string> = new Set<MetadataDraftCommand['type']>(['undo', 'redo', 'revealPrivate', 'reset']);

export function isDraftCommand(action: { type: string }): action is MetadataDraftCommand {
  return COMMANDS.has(action.type);
}

export function applyDraftCommand(state: MetadataDraftState, command: MetadataDraftCommand): MetadataDraftState {
  switch (command.type) {
    case 'undo':
      return stepHistory(state, 'back');
    case 'redo':
      return stepHistory(state, 'forward');
    case 'revealPrivate':
      return { ...state, privateRevealed: command.revealed, refused: undefined };
    case 'reset': {
      const base = toMetadataDraft(command.metadata);
      return { ...state, base, draft: base, past: [], future: [], refused: undefined };
    }
  }
}

function stepHistory(state: MetadataDraftState, direction: 'back' | 'forward'): MetadataDraftState {
  const from = direction === 'back' ? state.past : state.future;
  const target = direction === 'back' ? from.at(-1) : from[0];
  if (!target) return state.refused ? { ...state, refused: undefined } : state;
  return direction === 'back'
    ? { ...state, draft: target, past: from.slice(0, -1), future: [state.draft, ...state.future], refused: undefined }
    : { ...state, draft: target, past: [...state.past, state.draft], future: from.slice(1), refused: undefined };
}
