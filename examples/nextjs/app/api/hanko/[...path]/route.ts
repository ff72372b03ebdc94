import { userMetadataHandler } from '@/lib/userMetadataHandler';

export const GET = (request: Request) => userMetadataHandler(request);
// The editor's Save: the handler forwards it only with `allowWrites` and a grant that names what it changes.
export const PATCH = (request: Request) => userMetadataHandler(request);
