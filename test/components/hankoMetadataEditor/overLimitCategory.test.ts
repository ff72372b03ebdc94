import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../src/core/ApiError';
import { overLimitCategory } from '../../../src/components/hankoMetadataEditor/overLimitCategory';

const http400 = (serverMessage: string) =>
  new ApiError({ kind: 'http', service: 'hanko', message: serverMessage, status: 400, serverMessage, serverCode: 400, body: '' });

describe('overLimitCategory', () => {
  it('reads the category from Hanko’s over-limit message', () => {
    expect(overLimitCategory(http400('metadata limit exceeded: private metadata must not exceed 3000 characters'))).toBe(
      'private_metadata',
    );
    expect(overLimitCategory(http400('metadata limit exceeded: unsafe metadata must not exceed 3000 characters'))).toBe(
      'unsafe_metadata',
    );
  });

  it('reads it from the client’s own check, made before any request', () => {
    const error = new ApiError({ kind: 'invalid-input', service: 'hanko', message: 'too big', input: 'patch.public_metadata' });
    expect(overLimitCategory(error)).toBe('public_metadata');
  });

  it('names no category for other failures', () => {
    expect(overLimitCategory(http400('invalid metadata patch'))).toBeUndefined();
    expect(overLimitCategory(new ApiError({ kind: 'invalid-input', service: 'hanko', message: 'bad id', input: 'userId' }))).toBeUndefined();
    expect(overLimitCategory(new ApiError({ kind: 'network', service: 'hanko', message: 'offline' }))).toBeUndefined();
  });
});
