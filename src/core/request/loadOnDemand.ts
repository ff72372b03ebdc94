import { ApiError } from '../ApiError';
import type { ServiceIdentity } from './ServicePolicy';

/**
 * Code a client loads on first use, so apps that never need it do not download it; when it fails to
 * load (offline, or a deploy replaced it) that is a network error, worth a retry.
 */
export async function loadOnDemand<Module>(identity: ServiceIdentity, load: () => Promise<Module>): Promise<Module> {
  try {
    return await load();
  } catch (error) {
    const message = 'Could not load part of the library; check the connection and try again.';
    throw new ApiError({ kind: 'network', service: identity.service, message, cause: error });
  }
}
