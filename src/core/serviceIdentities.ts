import type { ServiceIdentity } from './request/ServicePolicy';

/** Hanko's admin API, as every error and message names it. */
export const hankoIdentity: ServiceIdentity = {
  service: 'hanko',
  name: 'Hanko',
  input: { name: 'userId', description: 'user id' },
};

/** Synodic's API, as every error and message names it. */
export const synodicIdentity: ServiceIdentity = {
  service: 'synodic',
  name: 'Synodic',
  input: { name: 'username', description: 'username' },
};
