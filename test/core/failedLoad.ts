import { HttpResponse, http } from 'msw';
import { expect } from 'vitest';
import type { ApiError } from '../../src/core/ApiError';
import { server } from '../mswServer';

export const HANKO = 'https://tenant.hanko.io/admin';
export const USER = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

/** Answers every Hanko PATCH with `stored` and counts them: a save whose code cannot load must send none. */
export function countHankoPatches(stored: object = {}): { readonly count: number } {
  const patches = { count: 0 };
  server.use(
    http.patch(`${HANKO}/users/:id/metadata`, () => {
      patches.count += 1;
      return HttpResponse.json(stored);
    }),
  );
  return patches;
}

/** What the library's code that could not be loaded (offline, or replaced by a deploy) rejects with. */
export function expectFailedLoad(error: ApiError): void {
  expect(error).toMatchObject({ kind: 'network', service: 'hanko' });
  expect(error.message).toBe('Could not load part of the library; check the connection and try again.');
  expect(error.isRetryable).toBe(true);
}
