/** Which API a request went to. */
export type ApiService = 'synodic' | 'hanko';

/**
 * What went wrong, from the caller's point of view:
 * - `http`: the server answered with a non-2xx status (or Synodic's legacy `{ error }` body).
 * - `network`: no response at all (DNS, refused connection, CORS, offline).
 * - `parse`: a response arrived but its body is not JSON (an HTML error page from a proxy, say).
 * - `validation`: JSON arrived but does not have the documented shape.
 * - `invalid-input`: the caller's arguments were rejected before any request was sent.
 * - `aborted`: the request was cancelled through its `AbortSignal`.
 */
export type ApiErrorKind = 'http' | 'network' | 'parse' | 'validation' | 'invalid-input' | 'aborted';

/** One schema problem, with the dotted path of the offending value (`repositories.2`). */
export interface ApiErrorIssue {
  readonly path: string;
  readonly message: string;
}

/** Fields each kind of error carries, on top of `kind`, `service` and `message`. */
export interface ApiErrorDetails {
  http: {
    /** HTTP status of the response. */
    status: number;
    /** Message the server sent in its JSON error body (`message` for Hanko, `error` for Synodic), if any. */
    serverMessage: string | undefined;
    /** Hanko's `code` field, when the body had one. */
    serverCode: number | undefined;
    /** The raw body, at most 2,000 characters, kept for logs when it was not a known error shape. */
    body: string;
  };
  network: Record<never, never>;
  parse: {
    status: number;
    /** Content type the server declared, e.g. `text/html`. */
    contentType: string | undefined;
    /** The start of the body, at most 2,000 characters. */
    body: string;
  };
  validation: {
    status: number;
    issues: readonly ApiErrorIssue[];
  };
  'invalid-input': {
    /** Name of the rejected argument (`username`, `userId`). */
    input: string;
  };
  aborted: Record<never, never>;
}

/** An `ApiError` narrowed to one kind, with that kind's fields. */
export type ApiErrorOf<K extends ApiErrorKind> = ApiError & { readonly kind: K } & Readonly<ApiErrorDetails[K]>;

export type ApiErrorInit<K extends ApiErrorKind = ApiErrorKind> = {
  [P in K]: { kind: P; service: ApiService; message: string; cause?: unknown } & ApiErrorDetails[P];
}[K];

/**
 * The one error every client, query and hook of this library rejects with.
 * Switch on `kind`, or narrow with `error.is('http')`.
 * Messages are written to be shown to a user and never contain an API key.
 */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  // Declared, not initialised: the constructor copies whichever fields the kind has (fewer bytes than one
  // assignment per field), and the others read as undefined.
  declare readonly kind: ApiErrorKind;
  declare readonly service: ApiService;
  declare readonly status: number | undefined;
  declare readonly serverMessage: string | undefined;
  declare readonly serverCode: number | undefined;
  declare readonly contentType: string | undefined;
  declare readonly body: string | undefined;
  declare readonly issues: readonly ApiErrorIssue[] | undefined;
  declare readonly input: string | undefined;

  constructor(init: ApiErrorInit) {
    // Error reads only `cause` from its options. Assigning `message` and `cause` again keeps them
    // non-enumerable, as Error made them.
    super(init.message, init);
    Object.assign(this, init);
  }

  /** Narrows the error to one kind, so its fields are typed as present. */
  is<K extends ApiErrorKind>(kind: K): this is ApiErrorOf<K> {
    return this.kind === kind;
  }

  /**
   * True for an HTTP 404 from either API, and for Synodic's legacy `{"error": "User not found"}` body
   * whatever its status: the docs that showed it gave none
   * (https://github.com/synodicai/docs/blob/7031aed/docs/User/user-metadata.md).
   * Any other message that happens to say "not found" (a 500's "upstream host not found", say) is not:
   * that one may well get better on a retry.
   */
  get isNotFound(): boolean {
    if (this.kind !== 'http') return false;
    // Synodic's legacy body gives its message in `error` and, unlike Hanko's, has no `code`.
    const synodicLegacy =
      this.service === 'synodic' &&
      this.serverCode === undefined &&
      this.serverMessage?.trim().toLowerCase() === 'user not found';
    return this.status === 404 || synodicLegacy;
  }

  /** Worth trying again: the network failed or the server had a 5xx (or 408/429) moment. */
  get isRetryable(): boolean {
    const status = this.status as number;
    return this.kind === 'network' || (this.kind === 'http' && (status > 499 || status === 408 || status === 429));
  }
}

/** True for any error thrown by this library. Works across bundle copies, where `instanceof` may not. */
export function isApiError(value: unknown): value is ApiError {
  return (
    value instanceof ApiError ||
    // Only objects (and functions) have a `name` of "ApiError", so `in` never meets a primitive.
    ((value as { name?: unknown } | null)?.name === 'ApiError' && 'kind' in (value as object))
  );
}
