import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCopyStatus } from '../../../src/components/jsonTree/useCopyStatus';

const messages = { copied: 'Copied', copyFailed: 'Could not copy' };

beforeEach(() => {
  vi.useFakeTimers();
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: async () => {} }, configurable: true });
});
afterEach(() => {
  vi.useRealTimers();
  Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
});

describe('useCopyStatus', () => {
  it('says "Copied" for three seconds, and a second copy restarts the clock', async () => {
    const { result } = renderHook(() => useCopyStatus(messages));
    await act(async () => result.current.copy('a'));
    expect(result.current.status).toBe('Copied');
    await act(async () => vi.advanceTimersByTime(2000));
    await act(async () => result.current.copy('b'));
    await act(async () => vi.advanceTimersByTime(2000));
    // The first copy's timer would have cleared it by now.
    expect(result.current.status).toBe('Copied');
    await act(async () => vi.advanceTimersByTime(1000));
    expect(result.current.status).toBe('');
    expect(vi.getTimerCount()).toBe(0);
  });

  it('says the copy failed when there is no clipboard', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    const { result } = renderHook(() => useCopyStatus(messages));
    await act(async () => result.current.copy('a'));
    expect(result.current.status).toBe('Could not copy');
  });

  it('leaves no timer behind when unmounted, even when the clipboard answers after the unmount', async () => {
    const { result, unmount } = renderHook(() => useCopyStatus(messages));
    await act(async () => result.current.copy('a'));
    expect(vi.getTimerCount()).toBe(1);
    unmount();
    expect(vi.getTimerCount()).toBe(0);

    let answer = () => {};
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => new Promise<void>((resolve) => (answer = resolve)) },
      configurable: true,
    });
    const late = renderHook(() => useCopyStatus(messages));
    act(() => late.result.current.copy('b'));
    late.unmount();
    await act(async () => answer());
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('useCopyStatus: the copied row', () => {
  it('names the copied node for 1.5 seconds, and no node after a failed copy', async () => {
    const { result } = renderHook(() => useCopyStatus(messages));
    await act(async () => result.current.copy('a', 7));
    expect(result.current.copiedNode).toBe(7);
    await act(async () => vi.advanceTimersByTime(1400));
    expect(result.current.copiedNode).toBe(7);
    await act(async () => vi.advanceTimersByTime(100));
    expect(result.current.copiedNode).toBeNull();
    expect(result.current.status).toBe('Copied');

    await act(async () => result.current.copy('b', 3));
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await act(async () => result.current.copy('c', 4));
    expect(result.current.copiedNode).toBeNull();
    expect(result.current.status).toBe('Could not copy');
  });

  it('marks no row for a copy that is not a row value (a path)', async () => {
    const { result } = renderHook(() => useCopyStatus(messages));
    await act(async () => result.current.copy('tags[0]'));
    expect(result.current.copiedNode).toBeNull();
    expect(result.current.status).toBe('Copied');
  });
});
