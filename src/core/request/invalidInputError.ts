import { ApiError } from '../ApiError';
import type { ServicePolicy } from './ServicePolicy';

/** The error for an argument rejected before any request was sent (`Not a valid Synodic username.`). */
export function invalidInputError(policy: ServicePolicy): ApiError {
  return new ApiError({
    kind: 'invalid-input',
    service: policy.service,
    message: `Not a valid ${policy.name} ${policy.input.description}.`,
    input: policy.input.name,
  });
}
