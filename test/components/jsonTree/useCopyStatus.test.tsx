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
