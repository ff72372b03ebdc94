import { describe, expect, it } from 'vitest';
import { nextToolbarButton, toolbarTabStop } from '../../../src/components/jsonTree/toolbarFocus';

describe('toolbar roving focus', () => {
  const allEnabled = [true, true, true, true];

  it('moves right and left, wrapping at either end', () => {
    expect(nextToolbarButton('ArrowRight', 0, allEnabled)).toBe(1);
    expect(nextToolbarButton('ArrowRight', 3, allEnabled)).toBe(0);
    expect(nextToolbarButton('ArrowLeft', 0, allEnabled)).toBe(3);
    expect(nextToolbarButton('ArrowLeft', 2, allEnabled)).toBe(1);
  });

  it('jumps to the first and last with Home and End', () => {
    expect(nextToolbarButton('Home', 2, allEnabled)).toBe(0);
    expect(nextToolbarButton('End', 0, allEnabled)).toBe(3);
  });

  it('skips disabled buttons', () => {
    const copyDisabled = [true, true, false, false];
    expect(nextToolbarButton('ArrowRight', 1, copyDisabled)).toBe(0);
    expect(nextToolbarButton('End', 0, copyDisabled)).toBe(1);
    expect(nextToolbarButton('ArrowLeft', 0, [true, false, true])).toBe(2);
  });

  it('leaves other keys, and a toolbar with nothing enabled, alone', () => {
    expect(nextToolbarButton('ArrowDown', 0, allEnabled)).toBeUndefined();
    expect(nextToolbarButton('a', 0, allEnabled)).toBeUndefined();
    expect(nextToolbarButton('ArrowRight', 0, [false, false])).toBeUndefined();
  });

  it('keeps the tab stop on an enabled button', () => {
    expect(toolbarTabStop(2, allEnabled)).toBe(2);
    expect(toolbarTabStop(2, [true, true, false, false])).toBe(0);
    expect(toolbarTabStop(0, [false, false, true])).toBe(2);
    expect(toolbarTabStop(0, [false, false])).toBe(-1);
  });
});
