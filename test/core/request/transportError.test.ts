import { describe, expect, it } from 'vitest';
import { transportError } from '../../../src/core/request/transportError';
import { hankoPolicy, synodicPolicy } from './policies';

describe('transportError', () => {
  it('is a network error, with what was thrown as cause', () => {
    const thrown = new TypeError('fetch failed');
    const error = transportError(synodicPolicy, thrown, undefined);
    expect(error).toMatchObject({ kind: 'network', service: 'synodic', message: 'Could not reach Synodic.' });
    expect(error.cause).toBe(thrown);
    expect(error.isRetryable).toBe(true);
  });

  it('is an abort when the signal was aborted, whatever was thrown', () => {
    const controller = new AbortController();
    controller.abort();
    const error = transportError(hankoPolicy, new TypeError('x'), controller.signal);
    expect(error).toMatchObject({ kind: 'aborted', message: 'The Hanko request was cancelled.' });
  });

  it('is an abort for anything named AbortError, a DOMException from another realm included', () => {
    expect(transportError(hankoPolicy, { name: 'AbortError' }, undefined).kind).toBe('aborted');
  });

  it('is a network error for a thrown value whose properties throw when read', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(transportError(hankoPolicy, hostile, undefined).kind).toBe('network');
  });
});
