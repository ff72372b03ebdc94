// The example's sign-in: one shared admin token, kept in an httpOnly cookie. A real app asks its own
// session store (Auth.js, Hanko's session JWT, ...); what matters here is where the check runs: in the
// page before it prefetches, and in the proxy's `authorize` before anything reaches upstream.
import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { cookies } from 'next/headers';

export const SESSION_COOKIE = 'admin_session';

function sessionToken(): string {
  const token = process.env.ADMIN_SESSION_TOKEN;
  if (!token) throw new Error('ADMIN_SESSION_TOKEN is not set: see examples/nextjs/README.md');
  return token;
}

export function isValidToken(candidate: string | undefined): boolean {
  const expected = Buffer.from(sessionToken());
  const given = Buffer.from(candidate ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** Whether the current request (page or route handler) carries the admin session cookie. */
export async function hasAdminSession(): Promise<boolean> {
  return isValidToken((await cookies()).get(SESSION_COOKIE)?.value);
}
