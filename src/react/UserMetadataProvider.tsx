'use client';
import { createContext, type ReactNode, useContext, useMemo } from 'react';
import type { HankoClient } from '../core/createHankoClient';
import { createSynodicClient, type SynodicClient } from '../core/createSynodicClient';

export interface UserMetadataClients {
  synodic: SynodicClient | undefined;
  hanko: HankoClient | undefined;
}

export interface UserMetadataProviderProps {
  /** Client for Synodic. Without one, an anonymous client for `https://api.synodic.ai/v0` is used. */
  synodicClient?: SynodicClient;
  /** Client for the Hanko admin API; in a browser, point its `baseUrl` at your server's proxy. */
  hankoClient?: HankoClient;
  children?: ReactNode;
}

const UserMetadataContext = createContext<UserMetadataClients>({ synodic: undefined, hanko: undefined });

/**
 * Holds the API clients, configured once for the app. Hooks read them from here unless given their own.
 * Place it inside your `QueryClientProvider`.
 */
export function UserMetadataProvider({ synodicClient, hankoClient, children }: UserMetadataProviderProps) {
  const value = useMemo(() => ({ synodic: synodicClient, hanko: hankoClient }), [synodicClient, hankoClient]);
  return <UserMetadataContext.Provider value={value}>{children}</UserMetadataContext.Provider>;
}

let anonymousSynodic: SynodicClient | undefined;

/** The Synodic client to use: the hook's own, else the provider's, else an anonymous default. */
export function useSynodicClient(override?: SynodicClient): SynodicClient {
  const fromContext = useContext(UserMetadataContext).synodic;
  return override ?? fromContext ?? (anonymousSynodic ??= createSynodicClient());
}

/** The Hanko client to use: the hook's own, else the provider's. There is no default: it needs a base URL. */
export function useHankoClient(override?: HankoClient): HankoClient {
  const fromContext = useContext(UserMetadataContext).hanko;
  const client = override ?? fromContext;
  if (!client) {
    throw new Error('react-user-metadata: no Hanko client: pass hankoClient to <UserMetadataProvider> or client to the hook.');
  }
  return client;
}
