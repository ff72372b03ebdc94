'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { ApiError } from '../core/ApiError';
import { classNames } from './classNames';

/** Every visible string of `ErrorState`; override any of them through `labels`. */
export interface ErrorStateLabels {
  /** Heading of a failed request. */
  title: string;
  /** Heading when the thing asked for does not exist (`error.isNotFound`). */
  notFoundTitle: string;
  /** Body text. `ApiError` messages are written for users and never hold a key, so the default shows them. */
  message: (error: ApiError) => string;
  retry: string;
  /** Button text while `retrying`. */
  retrying: string;
}

export const defaultErrorStateLabels: ErrorStateLabels = {
  title: 'Something went wrong',
  notFoundTitle: 'Not found',
  message: (error) => error.message,
  retry: 'Retry',
  retrying: 'Retrying…',
};

export interface ErrorStateProps extends Omit<HTMLAttributes<HTMLDivElement>, 'children'> {
  error: ApiError;
  /** Shows a Retry button that calls it (typically a query's `refetch`). */
  onRetry?: () => void;
  /** Marks the button busy and inert (it keeps focus) while a retry is under way. */
  retrying?: boolean;
  labels?: Partial<ErrorStateLabels>;
  className?: string;
}

/** The failure of a request, told in the `ApiError`'s words, with an optional Retry button. */
export const ErrorState = forwardRef<HTMLDivElement, ErrorStateProps>(function ErrorState(
  { error, onRetry, retrying = false, labels, className, ...rest },
  ref,
) {
  const text = { ...defaultErrorStateLabels, ...labels };
  const notFound = error.isNotFound;
  return (
    <div
      data-state={notFound ? 'not-found' : 'error'}
      data-kind={error.kind}
      {...rest}
      ref={ref}
      className={classNames('rum-root rum-error', className)}
    >
      {/* The alert holds only the words: a button inside a live region would be re-announced on every change. */}
      <div role="alert" className="rum-error-text">
        <p className="rum-error-title">{notFound ? text.notFoundTitle : text.title}</p>
        <p className="rum-error-message">{text.message(error)}</p>
      </div>
      {onRetry && (
        // aria-disabled rather than disabled: a disabled button drops keyboard focus to <body>, and a
        // keyboard user whose retry fails again should find it where they left it.
        <button
          type="button"
          className="rum-button"
          onClick={retrying ? undefined : onRetry}
          aria-disabled={retrying || undefined}
          aria-busy={retrying || undefined}
        >
          {retrying ? text.retrying : text.retry}
        </button>
      )}
    </div>
  );
});
