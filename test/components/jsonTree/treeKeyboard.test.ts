import { describe, expect, it } from 'vitest';
import { readTreeKey } from '../../../src/components/jsonTree/treeKeyboard';

const press = (key: string, modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {}) =>
  readTreeKey({ key, ctrlKey: false, metaKey: false, altKey: false, ...modifiers });

describe('readTreeKey', () => {
  it('maps the keys of the WAI-ARIA tree view pattern to commands', () => {
    expect(
      ['ArrowDown', 'ArrowUp', 'Home', 'End', 'ArrowRight', 'ArrowLeft', 'Enter', ' ', '*'].map((key) => press(key)),
    ).toEqual([
      'next',
      'previous',
      'first',
      'last',
      'openOrEnter',
      'closeOrLeave',
      'activate',
      'activate',
      'expandSiblings',
    ]);
  });

  it('reads Ctrl+C and Cmd+C (either case, as Caps Lock gives it) as copy, but not Alt+C or a plain c', () => {
    expect(press('c', { ctrlKey: true })).toBe('copy');
    expect(press('C', { metaKey: true })).toBe('copy');
    expect(press('c', { ctrlKey: true, altKey: true })).toBeUndefined();
    expect(press('c')).toEqual({ typeAhead: 'c' });
  });

  it('turns a printable character into type-ahead, but leaves shortcuts and other keys to the browser', () => {
    expect(press('p')).toEqual({ typeAhead: 'p' });
    expect(press('1')).toEqual({ typeAhead: '1' });
    expect(press('v', { ctrlKey: true })).toBeUndefined();
    expect(press('f', { metaKey: true })).toBeUndefined();
    expect(press('x', { altKey: true })).toBeUndefined();
    expect(press('Tab')).toBeUndefined();
    expect(press('Escape')).toBeUndefined();
    // Names of Object.prototype members are no commands.
    expect(press('constructor')).toBeUndefined();
  });
});
