'use client';
import { type HTMLAttributes, type ReactNode, type Ref, useCallback, useRef, useState } from 'react';
import type { ApiError } from '../core/ApiError';
import { ErrorState, type ErrorStateLabels } from './ErrorState';

/** What the frame reads of a query result (`useSynodicUser`, `useHankoMetadata`). */
export interface FramedQuery<TData> {
  data: TData | undefined;
  error: ApiError | null;
  isFetching: boolean;
  refetch: () => unknown;
  queryKey: readonly unknown[];
}

export interface StatusFrameProps<TData> extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  query: FramedQuery<TData>;
  /** Renders the loaded component, with `ref` on its root. */
  children: (data: TData, ref: Ref<HTMLElement>) => ReactNode;
  /** The caller's ref: on the frame, then on the loaded component. */
  rootRef: Ref<HTMLElement> | undefined;
  /** Shown instead of everything else (`data-state="invalid"`): the id cannot be asked for. */
  invalid?: ReactNode;
  /** Announced while loading. */
  loading: string;
  /** Body of the not-found state. */
  notFound: string;
  errorLabels: Partial<ErrorStateLabels> | undefined;
  /** Placeholders laid out like the loaded component. */
  skeleton: ReactNode;
}

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * A connected component: its loaded content once there is data (data wins over a later error, so a
 * failed background refetch keeps it on screen), else a frame with a skeleton, the error with Retry,
 * or not found. A disabled query (blank or invalid id) stays `loading`, unless `invalid` says why.
 */
export function StatusFrame<TData>({
  query,
  children,
  rootRef,
  invalid,
  loading,
  notFound,
  errorLabels,
  skeleton,
  ...rest
}: StatusFrameProps<TData>) {
  // TanStack resets a query without data to `pending` when it refetches, which would swap the error
  // (and the focused Retry button) for a skeleton; remember the error of the retry under way instead.
  const key = JSON.stringify(query.queryKey);
  const [retried, setRetried] = useState<{ key: string; error: ApiError }>();
  const error = query.error ?? (retried?.key === key && query.isFetching ? retried.error : null);
  // Refs run in the commit, before the browser paints. The frame stays remembered after it is detached
  // only if it held focus (the Retry button): the loaded component's heading then takes that focus
  // over, rather than letting it fall to <body>.
  const frame = useRef<HTMLElement | null>(null);
  const frameRef = useCallback(
    (element: HTMLElement | null) => {
      if (element || !frame.current?.contains(document.activeElement)) frame.current = element;
      setRef(rootRef, element);
    },
    [rootRef],
  );
  const loadedRef = useCallback(
    (element: HTMLElement | null) => {
      const heading = frame.current && element?.querySelector<HTMLElement>('h2,h3,h4,h5,h6');
      frame.current = null;
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
      setRef(rootRef, element);
    },
    [rootRef],
  );
  if (query.data !== undefined) return children(query.data, loadedRef);
  const state = invalid ? 'invalid' : !error ? 'loading' : error.isNotFound ? 'not-found' : 'error';
  return (
    <div {...rest} ref={frameRef} data-state={state} aria-busy={state === 'loading' || undefined}>
      {invalid ||
        (error ? (
          <ErrorState
            error={error}
            labels={error.isNotFound ? { message: () => notFound, ...errorLabels } : errorLabels}
            onRetry={
              error.isNotFound
                ? undefined
                : () => {
                    setRetried({ key, error });
                    void query.refetch();
                  }
            }
            retrying={query.isFetching}
          />
        ) : (
          <>
            <span role="status" className="rum-sr">
              {loading}
            </span>
            {skeleton}
          </>
        ))}
    </div>
  );
}
