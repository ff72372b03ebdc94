// What the example's server does, checked over plain HTTP (no browser), so it can run under each Node
// major the package supports: sign-in, the server-rendered page with prefetched data, a page that
// survives a failing upstream, and the proxy refusing callers without a session.
import { HANKO_KEY, metadata, OWNER, SESSION_TOKEN, SYNODIC_KEY, USER_ID } from './fakeUpstreams.mjs';

/** Every body the checks received, for the "no key in any response" check. */
async function read(response, bodies) {
  const text = await response.text();
  bodies.push({ url: response.url, text });
  return text;
}

/**
 * Runs the checks against the app at `origin`, whose upstreams are `upstreams`. Calls `check(ok, name,
 * detail)` for each; resolves when done.
 */
export async function checkServer(origin, upstreams, check) {
  const bodies = [];
  const get = (path, cookie) =>
    fetch(`${origin}${path}`, { redirect: 'manual', headers: cookie ? { cookie } : {} });

  const anonymous = await get('/admin');
  check(
    anonymous.status === 307 && anonymous.headers.get('location')?.endsWith('/sign-in'),
    'the panel sends a caller without a session to /sign-in',
    `${anonymous.status} ${anonymous.headers.get('location')}`,
  );

  const wrong = await fetch(`${origin}/api/session`, { method: 'POST', body: new URLSearchParams({ token: 'nope' }), redirect: 'manual' });
  check(!wrong.headers.get('set-cookie'), 'a wrong token gets no session cookie');
  const signIn = await fetch(`${origin}/api/session`, {
    method: 'POST',
    body: new URLSearchParams({ token: SESSION_TOKEN }),
    redirect: 'manual',
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
  check(signIn.status === 303 && cookie.startsWith('admin_session='), 'signing in sets the session cookie', `${signIn.status} ${cookie}`);

  const page = await read(await get(`/admin?user=${USER_ID}`, cookie), bodies);
  const expected = [OWNER, 'ada-lovelace/analytical-engine', 'pay-as-you-go', 'public_metadata', 'analytics'];
  const missing = expected.filter((text) => !page.includes(text));
  check(missing.length === 0, 'the server-rendered panel shows the prefetched Synodic owner view and Hanko metadata', `missing ${JSON.stringify(missing)}`);

  upstreams.state.failing = true;
  const failing = await get(`/admin?user=${USER_ID}`, cookie);
  const failingPage = await read(failing, bodies);
  upstreams.state.failing = false;
  check(
    failing.status === 200 && failingPage.includes('pay-as-you-go') && !failingPage.includes('analytics'),
    'with Hanko down the page still renders (Synodic data, no Hanko data prefetched)',
    `status ${failing.status}`,
  );

  const hankoPath = `/api/hanko/users/${USER_ID}/metadata`;
  const refused = await get(hankoPath);
  await read(refused, bodies);
  check(refused.status === 403, 'the Hanko proxy refuses a caller without a session', `status ${refused.status}`);
  const refusedSynodic = await get(`/api/synodic/${OWNER}`);
  await read(refusedSynodic, bodies);
  check(refusedSynodic.status === 403, 'the Synodic proxy refuses a caller without a session', `status ${refusedSynodic.status}`);
  const allowed = await get(hankoPath, cookie);
  const allowedBody = await read(allowed, bodies);
  check(
    allowed.status === 200 && allowedBody === JSON.stringify(metadata),
    'the Hanko proxy answers a signed-in admin with upstream’s metadata',
    `${allowed.status} ${allowedBody.slice(0, 120)}`,
  );
  const owner = await get(`/api/synodic/${OWNER}`, cookie);
  const ownerBody = await read(owner, bodies);
  check(
    owner.status === 200 && JSON.parse(ownerBody).plan === 'pay-as-you-go',
    'the Synodic proxy adds the key: the owner view (plan, usage) comes back',
    `${owner.status} ${ownerBody.slice(0, 120)}`,
  );

  const leaks = bodies.filter(({ text }) => text.includes(HANKO_KEY) || text.includes(SYNODIC_KEY));
  check(leaks.length === 0, `no API key in any of the ${bodies.length} responses`, leaks.map(({ url }) => url).join(', '));
}
