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
  loadingLabel: string;
  /** Body of the not-found state. */
  notFoundMessage: string;
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
  loadingLabel,
  notFoundMessage,
  errorLabels,
  skeleton,
  ...rest
}: StatusFrameProps<TData>) {
  // TanStack resets a query without data to `pending` when it refetches, which would swap the error
  // (and the focused Retry button) for a skeleton; remember the error of the retry under way instead.
  const key = JSON.stringify(query.queryKey);
  const [retried, setRetried] = useState<{ key: string; error: ApiError }>();
  const error = query.error ?? (retried?.key === key && query.isFetching ? retried.error : null);
  // Refs run in the commit, before the browser paints: a frame detached while it holds focus (the
  // Retry button) hands it to the loaded component's heading instead of letting it fall to <body>.
  const frame = useRef<HTMLElement | null>(null);
  const focusLost = useRef(false);
  const frameRef = useCallback(
    (element: HTMLElement | null) => {
      if (!element) focusLost.current = !!frame.current?.contains(document.activeElement);
      frame.current = element;
      setRef(rootRef, element);
    },
    [rootRef],
  );
  const loadedRef = useCallback(
    (element: HTMLElement | null) => {
      const heading = focusLost.current && element?.querySelector<HTMLElement>('h2,h3,h4,h5,h6');
      focusLost.current = false;
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
            labels={error.isNotFound ? { message: () => notFoundMessage, ...errorLabels } : errorLabels}
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
              {loadingLabel}
            </span>
            {skeleton}
          </>
        ))}
    </div>
  );
}
