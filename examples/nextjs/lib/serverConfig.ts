// Secrets are read when a request needs them, never at import: `next build` loads every route module
// and must work on a build machine that has no secrets.
import 'server-only';

export interface ServerConfig {
  hanko: { baseUrl: string; apiKey: string };
  synodic: { baseUrl: string | undefined; apiKey: string };
  /** The Synodic account whose key this is: its owner view (plan, usage) is what the panel shows. */
  synodicOwner: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: see examples/nextjs/README.md`);
  return value;
}

export function serverConfig(): ServerConfig {
  return {
    hanko: { baseUrl: required('HANKO_ADMIN_URL'), apiKey: required('HANKO_ADMIN_API_KEY') },
    // Unset in production (the library's default is Synodic's own API); the example's check points it
    // at a local stand-in.
    synodic: { baseUrl: process.env.SYNODIC_API_URL || undefined, apiKey: required('SYNODIC_API_KEY') },
    synodicOwner: required('SYNODIC_OWNER'),
  };
}
