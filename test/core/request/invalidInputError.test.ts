import { describe, expect, it } from 'vitest';
import { invalidInputError } from '../../../src/core/request/invalidInputError';
import { hankoPolicy, synodicPolicy } from './policies';

describe('invalidInputError', () => {
  it("names the service and the rejected argument in the policy's words", () => {
    expect(invalidInputError(synodicPolicy)).toMatchObject({
      kind: 'invalid-input',
      service: 'synodic',
      message: 'Not a valid Synodic username.',
      input: 'username',
    });
    expect(invalidInputError(hankoPolicy)).toMatchObject({
      service: 'hanko',
      message: 'Not a valid Hanko user id.',
      input: 'userId',
    });
  });
});
