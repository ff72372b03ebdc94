import { HttpResponse, delay as mswDelay } from 'msw';

/**
 * How long a mock waits before answering: milliseconds, `'real'` (msw's realistic 100-400 ms in a
 * browser), or `'infinite'` to never answer, which keeps a component in its loading state for a story.
 */
export type MockDelay = number | 'real' | 'infinite';

/** Options every handler factory takes. */
export interface MockResponseOptions {
  /** Wait before answering. No delay by default, so tests stay fast. */
  delay?: MockDelay;
  /** Answer only the first matching request (msw's `once`); later requests fall through to other handlers. */
  once?: boolean;
}

/** Waits as `MockResponseOptions.delay` says; resolves at once when no delay is set. */
export async function applyDelay(delay: MockDelay | undefined): Promise<void> {
  if (delay === undefined || delay === 0) return;
  await mswDelay(delay);
}

/** A body that is not JSON: what a proxy, a login wall or an SPA fallback route sends instead of the API. */
export const HTML_ERROR_PAGE =
  '<!doctype html><html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>';

/** An HTML page with the given status, as a misconfigured proxy would answer. */
export function htmlResponse(status: number, html: string): Response {
  return new HttpResponse(html, { status, headers: { 'content-type': 'text/html; charset=utf-8' } });
}

/** The request never gets an answer: what `fetch` sees when DNS, CORS or the connection fails. */
export function networkFailure(): Response {
  return HttpResponse.error();
}
