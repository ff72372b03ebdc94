'use client';
import { forwardRef, type HTMLAttributes } from 'react';
import type { ApiError } from '../core/ApiError';
import { classNames } from './classNames';
import { Icon } from './Icon';

/** Every visible string of `ErrorState`; override any of them through `labels`. */
export interface ErrorStateLabels {
  /** First line of a failed request, in plain language; the connected components say what failed. */
  title: string;
  /** Heading when the thing asked for does not exist (`error.isNotFound`). */
  notFoundTitle: string;
  /**
   * The technical detail, second. `ApiError` messages are written for users and never hold a key, so the
   * default shows them.
   */
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

/**
 * The failure of a request: a plain-language line, the `ApiError`'s own words below it, and an optional
 * Retry button. Quiet by design: it sits inside a card whose header stays in place.
 */
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
      <span className="rum-error-icon">
        <Icon name={notFound ? 'search' : 'alert'} />
      </span>
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
