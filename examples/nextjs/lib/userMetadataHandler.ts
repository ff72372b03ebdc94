// The proxy the browser's clients call (`/api/hanko/...`, `/api/synodic/...`): it adds the server's
// keys for signed-in admins. Created on the first request, not at import, so that `next build`, which
// loads this module, needs no secrets, and a missing one fails that request with a clear message.
import 'server-only';
import { METADATA_CATEGORIES } from 'react-user-metadata/core';
import { createUserMetadataHandler, type UserMetadataHandler } from 'react-user-metadata/server';
import { serverConfig } from './serverConfig';
import { hasAdminSession } from './session';

let handler: UserMetadataHandler | undefined;

export function userMetadataHandler(request: Request): Promise<Response> {
  if (!handler) {
    const { hanko, synodic } = serverConfig();
    handler = createUserMetadataHandler({
      hanko,
      synodic,
      // Admins read every category; `true` would grant public and unsafe metadata only.
      authorize: async () => (await hasAdminSession()) && { categories: METADATA_CATEGORIES },
    });
  }
  return handler(request);
}
