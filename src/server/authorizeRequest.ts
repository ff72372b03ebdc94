import { describeError } from './describeError';
import { errorResponse } from './errorResponse';
import type { UserMetadataProxyTarget } from './matchProxyRoute';
import {
  type AuthorizationDecision,
  readAuthorization,
  type UserMetadataAuthorization,
} from './readAuthorization';

/** A grant the proxy can act on: forward, and remove the `withheld` categories from the answer. */
export type GrantedDecision = Extract<AuthorizationDecision, { kind: 'granted' }>;

export interface AuthorizeRequestInit {
  authorize: (
    request: Request,
    target: UserMetadataProxyTarget,
  ) => UserMetadataAuthorization | Promise<UserMetadataAuthorization>;
  /** Told about a throw or an unreadable grant, with the secrets already removed from the message. */
  reportProblem: (message: string) => void;
  secrets: readonly string[];
}

/**
 * Asks the app's `authorize` about one request: its grant, or the answer that ends the request there
 * (403 refused, 500 for a throw or a grant that cannot be read, 502 for a caller who left meanwhile).
 */
export async function authorizeRequest(
  init: AuthorizeRequestInit,
  request: Request,
  target: UserMetadataProxyTarget,
): Promise<GrantedDecision | Response> {
  let decision: AuthorizationDecision;
  try {
    decision = readAuthorization(await init.authorize(request, target), target);
  } catch (error) {
    init.reportProblem(`authorize threw: ${describeError(error, init.secrets)}`);
    return errorResponse(500, 'authorization check failed');
  }
  if (decision.kind === 'invalid') {
    init.reportProblem(decision.problem);
    return errorResponse(500, 'authorization check failed');
  }
  if (decision.kind === 'refused') return errorResponse(403, 'forbidden');
  // A slow authorize can outlive its caller; nobody would read the answer, so the key is not spent on it.
  if (request.signal?.aborted) return errorResponse(502, 'the caller went away before the request was authorized');
  return decision;
}
