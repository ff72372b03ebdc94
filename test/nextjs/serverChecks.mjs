// What the example's server does, checked over plain HTTP (no browser), so it can run under each Node
// major the package supports: sign-in, the server-rendered page with prefetched data, a page that
// survives a failing upstream, the proxy refusing callers without a session, and its PATCH route
// refusing a viewer and checking an admin's edit against Hanko's current metadata.
import {
  HANKO_KEY,
  metadata,
  OWNER,
  SESSION_TOKEN,
  SYNODIC_KEY,
  USER_ID,
  VIEWER_SESSION_TOKEN,
} from './fakeUpstreams.mjs';

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
  const signIn = (token) =>
    fetch(`${origin}/api/session`, { method: 'POST', body: new URLSearchParams({ token }), redirect: 'manual' });
  const admin = await signIn(SESSION_TOKEN);
  const cookie = admin.headers.get('set-cookie')?.split(';')[0] ?? '';
  check(admin.status === 303 && cookie.startsWith('admin_session='), 'signing in sets the session cookie', `${admin.status} ${cookie}`);
  const viewer = await signIn(VIEWER_SESSION_TOKEN);
  const viewerCookie = viewer.headers.get('set-cookie')?.split(';')[0] ?? '';
  check(viewerCookie.startsWith('admin_session='), 'a viewer signs in too', `${viewer.status} ${viewerCookie}`);

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

  await checkPatchRoute({ origin, hankoPath, cookie, viewerCookie, upstreams, bodies, check });

  const leaks = bodies.filter(({ text }) => text.includes(HANKO_KEY) || text.includes(SYNODIC_KEY));
  check(leaks.length === 0, `no API key in any of the ${bodies.length} responses`, leaks.map(({ url }) => url).join(', '));
}

/**
 * The editor's route: PATCH is mounted (`allowWrites`), refused without a session and for a viewer
 * (403, nothing sent upstream), and an admin's edit made on other metadata than Hanko's current one is
 * a 409 carrying that metadata, with no patch sent to Hanko.
 */
async function checkPatchRoute({ origin, hankoPath, cookie, viewerCookie, upstreams, bodies, check }) {
  const patch = (sessionCookie) =>
    fetch(`${origin}${hankoPath}`, {
      method: 'PATCH',
      redirect: 'manual',
      headers: {
        'content-type': 'application/json',
        // The fingerprint of metadata this user never had.
        'x-metadata-fingerprint': '0'.repeat(64),
        ...(sessionCookie ? { cookie: sessionCookie } : {}),
      },
      body: JSON.stringify({ public_metadata: { team: 'edited' } }),
    });
  const anonymous = await patch(undefined);
  await read(anonymous, bodies);
  check(anonymous.status === 403, 'the Hanko proxy refuses a PATCH without a session', `status ${anonymous.status}`);
  const viewer = await patch(viewerCookie);
  await read(viewer, bodies);
  check(viewer.status === 403, 'the Hanko proxy refuses a viewer’s PATCH (no write grant)', `status ${viewer.status}`);
  const stale = await patch(cookie);
  const staleBody = await read(stale, bodies);
  check(
    stale.status === 409 && JSON.stringify(JSON.parse(staleBody).metadata) === JSON.stringify(metadata),
    'an admin’s PATCH made on other metadata is a 409 with Hanko’s current metadata',
    `${stale.status} ${staleBody.slice(0, 160)}`,
  );
  check(upstreams.state.patches.length === 0, 'none of the three reached Hanko as a PATCH', `${upstreams.state.patches.length} patches`);
}
