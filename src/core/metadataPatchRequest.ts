import { ApiError } from './ApiError';
import { stringifyExactJson } from './stringifyExactJson';
import { type HankoMetadataPatch, isHankoMetadataPatch } from './HankoMetadataPatch';
import { METADATA_FINGERPRINT_HEADER } from './metadataFingerprintHeader';
import type { RequestWithBody } from './request/createRequester';

/**
 * The `PATCH /users/{id}/metadata` request for `patch` (exact numbers written as their text), with the
 * fingerprint header when there is one. Throws an `invalid-input` `ApiError` for a value Hanko would
 * refuse as a patch. Loaded by the client on its first edit, so read-only pages do not carry it.
 */
export function metadataPatchRequest(patch: HankoMetadataPatch | null, fingerprint: string | undefined): RequestWithBody {
  if (!isHankoMetadataPatch(patch)) {
    throw new ApiError({
      kind: 'invalid-input',
      service: 'hanko',
      message: 'Not a valid Hanko metadata patch: each category must be an object or null.',
      input: 'patch',
    });
  }
  return {
    method: 'PATCH',
    body: stringifyExactJson(patch),
    headers: {
      'content-type': 'application/json',
      ...(fingerprint === undefined ? {} : { [METADATA_FINGERPRINT_HEADER]: fingerprint }),
    },
  };
}
