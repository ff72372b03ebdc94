// The proxy the browser's clients call (`/api/hanko/...`, `/api/synodic/...`): it adds the server's
// keys for signed-in sessions. Created on the first request, not at import, so that `next build`, which
// loads this module, needs no secrets, and a missing one fails that request with a clear message.
import 'server-only';
import { METADATA_CATEGORIES } from 'react-user-metadata/core';
import {
  createUserMetadataHandler,
  type UserMetadataAuthorization,
  type UserMetadataHandler,
} from 'react-user-metadata/server';
import { serverConfig } from './serverConfig';
import { type SessionRole, sessionRole } from './session';

/**
 * Both roles read every category (`true` would grant public and unsafe metadata only); only admins
 * write, and any category: the editor page's Save. A viewer's PATCH is refused with a 403.
 */
function grantFor(role: SessionRole | undefined): UserMetadataAuthorization {
  if (role === 'admin') return { categories: METADATA_CATEGORIES, write: METADATA_CATEGORIES };
  if (role === 'viewer') return { categories: METADATA_CATEGORIES };
  return false;
}

let handler: UserMetadataHandler | undefined;

export function userMetadataHandler(request: Request): Promise<Response> {
  if (!handler) {
    const { hanko, synodic } = serverConfig();
    handler = createUserMetadataHandler({
      // allowWrites mounts PATCH /api/hanko/users/{id}/metadata; the grant still decides who may use it.
      hanko: { ...hanko, allowWrites: true },
      synodic,
      authorize: async () => grantFor(await sessionRole()),
    });
  }
  return handler(request);
}
