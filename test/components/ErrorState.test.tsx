import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ErrorState } from '../../src/components/ErrorState';
import { ApiError } from '../../src/core/ApiError';

const serverError = new ApiError({
  kind: 'http',
  service: 'synodic',
  status: 500,
  serverMessage: undefined,
  serverCode: undefined,
  body: '',
  message: 'Synodic: the server had an error (HTTP 500).',
});
const notFound = new ApiError({
  kind: 'http',
  service: 'synodic',
  status: 404,
  serverMessage: undefined,
  serverCode: undefined,
  body: '',
  message: 'Synodic: not found (HTTP 404).',
});

describe('ErrorState', () => {
  it('announces the ApiError message in an alert', () => {
    render(<ErrorState error={serverError} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Something went wrong');
    expect(alert).toHaveTextContent('Synodic: the server had an error (HTTP 500).');
  });

  it('shows no Retry button without onRetry', () => {
    render(<ErrorState error={serverError} />);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('calls onRetry when Retry is clicked or pressed with the keyboard', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<ErrorState error={serverError} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    await user.tab();
    await user.tab({ shift: true });
    expect(screen.getByRole('button', { name: 'Retry' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onRetry).toHaveBeenCalledTimes(2);
  });

  it('makes the button inert and busy while retrying, keeping it focusable', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    render(<ErrorState error={serverError} onRetry={onRetry} retrying />);
    const button = screen.getByRole('button', { name: 'Retrying…' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveAttribute('aria-busy', 'true');
    await user.click(button);
    await user.keyboard('{Enter}');
    expect(button).toHaveFocus();
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('keeps focus on the button when a retry starts', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<ErrorState error={serverError} onRetry={() => {}} />);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    rerender(<ErrorState error={serverError} onRetry={() => {}} retrying />);
    expect(screen.getByRole('button', { name: 'Retrying…' })).toHaveFocus();
  });

  it('uses the not-found wording and state for a 404', () => {
    const { container } = render(<ErrorState error={notFound} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Not found');
    expect(screen.getByRole('alert')).not.toHaveTextContent('Something went wrong');
    expect(container.firstChild).toHaveAttribute('data-state', 'not-found');
  });

  it('exposes the error kind and state as data attributes', () => {
    const { container } = render(<ErrorState error={serverError} />);
    expect(container.firstChild).toHaveAttribute('data-state', 'error');
    expect(container.firstChild).toHaveAttribute('data-kind', 'http');
  });

  it('takes every visible string from labels', () => {
    render(
      <ErrorState
        error={serverError}
        onRetry={() => {}}
        labels={{ title: 'Fehler', message: (error) => `Status ${error.status}`, retry: 'Nochmal' }}
      />,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('FehlerStatus 500');
    expect(screen.getByRole('button', { name: 'Nochmal' })).toBeInTheDocument();
  });

  it('merges className, spreads HTML props and forwards the ref', () => {
    const ref = createRef<HTMLDivElement>();
    render(<ErrorState ref={ref} error={serverError} className="mine" id="e1" data-testid="state" />);
    const root = screen.getByTestId('state');
    expect(root).toBe(ref.current);
    expect(root).toHaveClass('rum-root', 'rum-error', 'mine');
    expect(root).toHaveAttribute('id', 'e1');
  });
});
