'use client';
import { type HTMLAttributes, type ReactNode, type Ref, type RefCallback, useCallback, useRef, useState } from 'react';
import type { ApiError } from '../core/ApiError';
import { connectedState } from './connectedState';
import { ErrorState, type ErrorStateLabels } from './ErrorState';

/** What the frame reads of a query result (`useSynodicUser`, `useHankoMetadata`). */
export interface FramedQuery<TData> {
  data: TData | undefined;
  error: ApiError | null;
  isFetching: boolean;
  refetch: () => unknown;
  queryKey: readonly unknown[];
}

/** Props StatusFrame gives the loaded component's root. */
export interface LoadedRootProps {
  ref: RefCallback<HTMLElement>;
  'data-state': 'success';
}

/** The frame's own strings, found under these names in every connected component's labels. */
export interface StatusFrameLabels {
  /** Announced while loading. */
  loading: string;
  /** First line of the error state, in plain language: what failed to load. */
  loadFailed: string;
}

export interface StatusFrameProps<TData> extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  query: FramedQuery<TData>;
  /** Renders the loaded component, with `root` spread on its root element. */
  children: (data: TData, root: LoadedRootProps) => ReactNode;
  /** The caller's ref: on the frame, then on the loaded component. */
  rootRef: Ref<HTMLElement> | undefined;
  /** Shown instead of everything else (`data-state="invalid"`): the id cannot be asked for. */
  invalid?: ReactNode;
  labels: StatusFrameLabels;
  /** Body of the not-found state. */
  notFound: string;
  /** The app's strings for the error and not-found states; the title defaults to `labels.loadFailed`. */
  errorLabels: Partial<ErrorStateLabels> | undefined;
  /** Placeholders laid out like the loaded component. */
  skeleton: ReactNode;
  /** The loaded component's header (its title), kept above the error, not-found and invalid states. */
  header?: ReactNode;
}

function setRef<T>(ref: Ref<T> | undefined, value: T | null) {
  if (typeof ref === 'function') ref(value);
  else if (ref) ref.current = value;
}

/**
 * A connected component: its loaded content once there is data, else a frame with a skeleton, the
 * error with Retry, not found, or `invalid`. The state comes from `connectedState`; its `status` is the
 * root's `data-state`.
 */
export function StatusFrame<TData>({
  query,
  children,
  rootRef,
  invalid,
  labels,
  notFound,
  errorLabels,
  skeleton,
  header,
  ...rest
}: StatusFrameProps<TData>) {
  const key = JSON.stringify(query.queryKey);
  const [retried, setRetried] = useState<{ key: string; error: ApiError }>();
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
  // Named fields, not a spread: reading every field of a TanStack result defeats its tracked re-renders.
  const state = connectedState({
    data: query.data,
    error: query.error,
    isFetching: query.isFetching,
    invalid: Boolean(invalid),
    retriedError: retried?.key === key ? retried.error : undefined,
  });
  const errorText = { title: labels.loadFailed, ...errorLabels };
  const framed = (content: ReactNode) => (
    <div {...rest} ref={frameRef} data-state={state.status} aria-busy={state.status === 'loading' || undefined}>
      {state.status !== 'loading' && header}
      {content}
    </div>
  );
  switch (state.status) {
    case 'success':
      return children(state.data, { ref: loadedRef, 'data-state': 'success' });
    case 'invalid':
      return framed(invalid);
    case 'loading':
      return framed(
        <>
          <span role="status" className="rum-sr">
            {labels.loading}
          </span>
          {skeleton}
        </>,
      );
    case 'not-found':
      return framed(<ErrorState error={state.error} labels={{ message: () => notFound, ...errorText }} />);
    case 'error': {
      const { error } = state;
      const retry = () => {
        setRetried({ key, error });
        void query.refetch();
      };
      return framed(<ErrorState error={error} labels={errorText} onRetry={retry} retrying={state.retrying} />);
    }
    default:
      return state satisfies never;
  }
}
