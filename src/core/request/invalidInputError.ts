import { ApiError } from '../ApiError';
import type { ServiceIdentity } from './ServicePolicy';

/** The error for an argument rejected before any request was sent (`Not a valid Synodic username.`). */
export function invalidInputError(identity: ServiceIdentity): ApiError {
  return new ApiError({
    kind: 'invalid-input',
    service: identity.service,
    message: `Not a valid ${identity.name} ${identity.input.description}.`,
    input: identity.input.name,
  });
}
