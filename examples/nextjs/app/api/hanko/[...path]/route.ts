import { userMetadataHandler } from '@/lib/userMetadataHandler';

export const GET = (request: Request) => userMetadataHandler(request);
