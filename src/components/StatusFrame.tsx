'use client';
import { forwardRef, type HTMLAttributes, type ReactNode } from 'react';
import { ErrorState, type ErrorStateLabels } from './ErrorState';
import type { SynodicUserState } from './useSynodicUserState';

export interface StatusFrameProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  /** Every state but success, which the component renders itself. */
  state: Exclude<SynodicUserState, { status: 'success' }>;
  retry: () => void;
  /** Announced while loading. */
  loadingLabel: string;
  /** Body of the not-found state. */
  notFoundMessage: string;
  errorLabels: Partial<ErrorStateLabels> | undefined;
  /** Placeholders laid out like the loaded component. */
  skeleton: ReactNode;
}

/** The frame of a connected component before it has data: skeleton, error with Retry, or not found. */
export const StatusFrame = forwardRef<HTMLDivElement, StatusFrameProps>(function StatusFrame(
  { state, retry, loadingLabel, notFoundMessage, errorLabels, skeleton, ...rest },
  ref,
) {
  let content: ReactNode;
  switch (state.status) {
    case 'loading':
      content = (
        <>
          <span role="status" className="rum-sr">
            {loadingLabel}
          </span>
          {skeleton}
        </>
      );
      break;
    case 'not-found':
      content = <ErrorState error={state.error} labels={{ message: () => notFoundMessage, ...errorLabels }} />;
      break;
    case 'error':
      content = <ErrorState error={state.error} labels={errorLabels} onRetry={retry} retrying={state.retrying} />;
      break;
    default:
      return state satisfies never;
  }
  return (
    <div {...rest} ref={ref} data-state={state.status} aria-busy={state.status === 'loading' || undefined}>
      {content}
    </div>
  );
});
