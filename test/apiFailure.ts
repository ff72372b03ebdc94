import { expect } from 'vitest';
import { ApiError } from '../src/core/ApiError';

/** Awaits a promise that must reject with an `ApiError`, and returns that error for further checks. */
export async function apiFailure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ApiError);
    return error as ApiError;
  }
  throw new Error('expected the promise to reject');
}
