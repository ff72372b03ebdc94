// @vitest-environment node
// A pure function: no DOM, no React.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../src/core/ApiError';
import { type ConnectedStateInput, connectedState } from '../../src/components/connectedState';

const serverError = new ApiError({
  kind: 'http',
  service: 'synodic',
  message: 'Synodic is having trouble (HTTP 503).',
  status: 503,
  serverMessage: undefined,
  serverCode: undefined,
  body: '',
});
const notFound = new ApiError({
  kind: 'http',
  service: 'hanko',
  message: 'Not found.',
  status: 404,
  serverMessage: 'user not found',
  serverCode: 404,
  body: '',
});
const idle: ConnectedStateInput<string> = { data: undefined, error: null, isFetching: false, invalid: false };

describe('connectedState', () => {
  it('is loading with neither data nor error, fetching or not (a disabled query included)', () => {
    expect(connectedState(idle)).toEqual({ status: 'loading' });
    expect(connectedState({ ...idle, isFetching: true })).toEqual({ status: 'loading' });
  });

  it('is success with data, even data that says "nothing" (null) and even with a later error', () => {
    expect(connectedState({ ...idle, data: 'ada' })).toEqual({ status: 'success', data: 'ada' });
    expect(connectedState<string | null>({ ...idle, data: null })).toEqual({ status: 'success', data: null });
    expect(connectedState({ ...idle, data: 'ada', error: serverError })).toEqual({ status: 'success', data: 'ada' });
  });

  it('is invalid when the component says so and there is no data', () => {
    expect(connectedState({ ...idle, invalid: true })).toEqual({ status: 'invalid' });
    expect(connectedState({ ...idle, invalid: true, error: serverError })).toEqual({ status: 'invalid' });
  });

  it('is error with the error, retrying while a fetch is under way', () => {
    expect(connectedState({ ...idle, error: serverError })).toEqual({
      status: 'error',
      error: serverError,
      retrying: false,
    });
    expect(connectedState({ ...idle, error: serverError, isFetching: true })).toMatchObject({ retrying: true });
  });

  it('is not-found for an error that says so, with no retry', () => {
    expect(connectedState({ ...idle, error: notFound })).toEqual({ status: 'not-found', error: notFound });
    expect(connectedState({ ...idle, error: notFound, isFetching: true })).toEqual({
      status: 'not-found',
      error: notFound,
    });
  });

  it('keeps showing the error a retry started from while that retry is fetching, and only then', () => {
    const retrying = { ...idle, isFetching: true, retriedError: serverError };
    expect(connectedState(retrying)).toEqual({ status: 'error', error: serverError, retrying: true });
    expect(connectedState({ ...retrying, isFetching: false })).toEqual({ status: 'loading' });
    // A fresh error from the retry replaces the remembered one.
    expect(connectedState({ ...retrying, error: notFound })).toEqual({ status: 'not-found', error: notFound });
  });
});
