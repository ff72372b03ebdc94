// Data for the pure components. Built from the library's fixtures, but with values that are the same on
// the server and in the browser (the fixtures' demo photo URL depends on `document`, which would make
// the server's <img src> differ from the browser's).
import { ApiError, type HankoUserMetadata, type SynodicOwnerUser } from 'react-user-metadata';
import { hankoFixtures, SYNODIC_S3_PHOTO_URL, synodicFixtures } from 'react-user-metadata/msw';

export const pureUser: SynodicOwnerUser = { ...synodicFixtures.heavyUser, photo_url: SYNODIC_S3_PHOTO_URL };

export const pureMetadata: HankoUserMetadata = hankoFixtures.full;

/** An error as the clients produce it, for ErrorState on its own. */
export const pureError = new ApiError({
  kind: 'http',
  service: 'hanko',
  status: 403,
  serverMessage: 'Forbidden',
  serverCode: 403,
  body: '{"code":403,"message":"Forbidden"}',
  message: 'Hanko refused the request (HTTP 403): Forbidden.',
});
