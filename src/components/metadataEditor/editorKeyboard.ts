/** What a key does in the editor, on top of the tree's own keys (APG tree and grid conventions). */
export type EditorCommand = 'edit' | 'remove' | 'add' | 'undo' | 'redo' | 'nextChange' | 'previousChange';

/** The parts of a keyboard event the editor reads. */
export interface EditorKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

/**
 * The editor's command for a key pressed on a row: F2 edits (Enter too, on a row with no children to
 * open), Delete removes (or restores a removed row), Insert adds, Ctrl/Cmd+Z undoes and Ctrl/Cmd+Shift+Z
 * or Ctrl+Y redoes; Alt+Down and Alt+Up go to the next and previous change.
 */
export function readEditorKey(event: EditorKey, rowCanOpen: boolean): EditorCommand | undefined {
  const command = event.ctrlKey || event.metaKey;
  if (command && !event.altKey) {
    const key = event.key.toLowerCase();
    if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
    if (key === 'y' && !event.shiftKey) return 'redo';
    return undefined;
  }
  if (event.altKey && !event.shiftKey && !command) {
    if (event.key === 'ArrowDown') return 'nextChange';
    if (event.key === 'ArrowUp') return 'previousChange';
  }
  if (event.altKey || command) return undefined;
  if (event.key === 'F2' || (event.key === 'Enter' && !rowCanOpen)) return 'edit';
  if (event.key === 'Delete') return 'remove';
  if (event.key === 'Insert') return 'add';
  return undefined;
}
