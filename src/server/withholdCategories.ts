import type { MetadataCategory } from '../core/HankoUserMetadata';
import { WITHHELD_CATEGORIES_HEADER } from '../core/withheldCategories';
import { removeTopLevelMembers } from './removeTopLevelMembers';

/**
 * The answer for a caller who may not read `withheld`: those members removed from the JSON body,
 * every other byte as upstream sent it, and a header naming what was withheld. A success left with
 * no member becomes a 204, as Hanko answers for a user with nothing: a caller cannot tell "has only
 * private metadata" from "has none". `undefined` for a success whose body is not a JSON object,
 * which cannot be checked and must not be passed on; error bodies that are not JSON (an HTML 503)
 * carry no metadata and pass.
 */
export async function withholdCategories(
  response: Response,
  withheld: readonly MetadataCategory[],
): Promise<Response | undefined> {
  const headers = new Headers(response.headers);
  headers.set(WITHHELD_CATEGORIES_HEADER, withheld.join(', '));
  if (response.body === null) return new Response(null, { status: response.status, headers });

  const body = new Uint8Array(await response.arrayBuffer());
  const result = removeTopLevelMembers(body, new Set(withheld));
  if (!result) return response.ok ? undefined : new Response(body, { status: response.status, headers });
  if (response.ok && result.body !== body && result.remaining === 0) {
    headers.delete('content-type');
    return new Response(null, { status: 204, headers });
  }
  return new Response(result.body, { status: response.status, headers });
}
