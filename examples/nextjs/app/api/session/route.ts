import { NextResponse } from 'next/server';
import { roleOfToken, SESSION_COOKIE } from '@/lib/session';

/** The sign-in form posts here: a valid token becomes the session cookie. */
export async function POST(request: Request) {
  const token = (await request.formData()).get('token');
  const valid = typeof token === 'string' && roleOfToken(token) !== undefined;
  // A relative Location: the browser stays on the host it used (Next.js may see another in request.url).
  const response = new NextResponse(null, { status: 303, headers: { location: valid ? '/admin' : '/sign-in?failed' } });
  if (valid) {
    response.cookies.set(SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: new URL(request.url).protocol === 'https:',
      path: '/',
    });
  }
  return response;
}
