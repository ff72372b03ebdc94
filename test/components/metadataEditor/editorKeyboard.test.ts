import { describe, expect, it } from 'vitest';
import { type EditorKey, readEditorKey } from '../../../src/components/metadataEditor/editorKeyboard';

const key = (name: string, modifiers: Partial<EditorKey> = {}): EditorKey => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('readEditorKey', () => {
  it('reads F2, Enter on a value, Delete and Insert on a row; Enter on a container is the tree’s', () => {
    expect(readEditorKey(key('F2'), true)).toBe('edit');
    expect(readEditorKey(key('Enter'), false)).toBe('edit');
    expect(readEditorKey(key('Enter'), true)).toBeUndefined();
    expect(readEditorKey(key('Delete'), false)).toBe('remove');
    expect(readEditorKey(key('Insert'), false)).toBe('add');
  });
  it('reads undo and redo with Ctrl or Cmd', () => {
    expect(readEditorKey(key('z', { ctrlKey: true }), false)).toBe('undo');
    expect(readEditorKey(key('Z', { metaKey: true, shiftKey: true }), false)).toBe('redo');
    expect(readEditorKey(key('y', { ctrlKey: true }), false)).toBe('redo');
  });
  it('steps through the changes with Alt+Down and Alt+Up, and leaves other Alt keys alone', () => {
    expect(readEditorKey(key('ArrowDown', { altKey: true }), false)).toBe('nextChange');
    expect(readEditorKey(key('ArrowUp', { altKey: true }), true)).toBe('previousChange');
    expect(readEditorKey(key('ArrowDown'), false)).toBeUndefined();
    expect(readEditorKey(key('ArrowDown', { altKey: true, shiftKey: true }), false)).toBeUndefined();
    expect(readEditorKey(key('ArrowDown', { altKey: true, ctrlKey: true }), false)).toBeUndefined();
    expect(readEditorKey(key('F2', { altKey: true }), false)).toBeUndefined();
  });
});
