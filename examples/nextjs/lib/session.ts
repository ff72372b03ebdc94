// The example's sign-in: a shared token per role, kept in an httpOnly cookie. A real app asks its own
// session store (Auth.js, Hanko's session JWT, ...); what matters here is where the check runs: in the
// page before it prefetches, and in the proxy's `authorize` before anything reaches upstream.
import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';

export const SESSION_COOKIE = 'admin_session';

/** `admin` reads and edits metadata; `viewer` (say, support staff) only reads it. */
export type SessionRole = 'admin' | 'viewer';

function sameToken(candidate: string, expected: string | undefined): boolean {
  if (!expected) return false;
  const given = Buffer.from(candidate);
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** The role a sign-in token belongs to, or `undefined` for none. */
export function roleOfToken(candidate: string | undefined): SessionRole | undefined {
  const adminToken = process.env.ADMIN_SESSION_TOKEN;
  if (!adminToken) throw new Error('ADMIN_SESSION_TOKEN is not set: see examples/nextjs/README.md');
  if (candidate === undefined) return undefined;
  if (sameToken(candidate, adminToken)) return 'admin';
  // Optional: without it, nobody signs in as a viewer.
  if (sameToken(candidate, process.env.VIEWER_SESSION_TOKEN)) return 'viewer';
  return undefined;
}

/** The role of the current request's session (page or route handler), or `undefined` when signed out. */
export async function sessionRole(): Promise<SessionRole | undefined> {
  return roleOfToken((await cookies()).get(SESSION_COOKIE)?.value);
}
