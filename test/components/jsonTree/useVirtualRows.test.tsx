import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useVirtualRows, type VirtualRowsOptions } from '../../../src/components/jsonTree/useVirtualRows';

const options: VirtualRowsOptions = { count: 1000, rowHeight: 20, maxHeight: 200, overscan: 2 };

describe('useVirtualRows', () => {
  it('renders the rows in view plus the overscan, and shrinks the viewport to fit few rows', () => {
    const { result, rerender } = renderHook((props: VirtualRowsOptions) => useVirtualRows(props), {
      initialProps: options,
    });
    expect(result.current).toMatchObject({ viewportHeight: 200, totalHeight: 20_000, firstRow: 0, lastRow: 12 });
    rerender({ ...options, count: 3 });
    expect(result.current).toMatchObject({ viewportHeight: 60, totalHeight: 60, firstRow: 0, lastRow: 2 });
  });

  it('scrolls as little as needed to show a row: to its bottom below the view, its top above, not at all inside', () => {
    const { result } = renderHook(() => useVirtualRows(options));
    act(() => result.current.scrollToRow(50));
    // Row 50 ends at 1020 px: the view's bottom edge goes there (scrollTop 820, row 41 at the top).
    expect(result.current).toMatchObject({ firstRow: 39, lastRow: 53 });
    act(() => result.current.scrollToRow(45));
    expect(result.current).toMatchObject({ firstRow: 39, lastRow: 53 });
    act(() => result.current.scrollToRow(10));
    expect(result.current).toMatchObject({ firstRow: 8, lastRow: 22 });
    act(() => result.current.scrollToTop());
    expect(result.current.firstRow).toBe(0);
  });

  it('clamps a scroll position left beyond the end by fewer rows', () => {
    const { result, rerender } = renderHook((props: VirtualRowsOptions) => useVirtualRows(props), {
      initialProps: options,
    });
    act(() => result.current.scrollToRow(999));
    expect(result.current.lastRow).toBe(999);
    rerender({ ...options, count: 20 });
    expect(result.current).toMatchObject({ firstRow: 8, lastRow: 19 });
  });
});
