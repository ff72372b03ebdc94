// Stand-ins for Synodic and Hanko's admin API on 127.0.0.1, for the Next.js example's check. They
// answer only requests that carry the right key, so a page that shows data proves the app's server
// added it; `state.failing` turns Hanko's answers into 503s, for the upstream-failure and Retry checks.
// Hanko's PATCH is its own: a merge patch per category and the 3,000-character limit, written here
// without the library's code, so the editor's path is checked against an independent reading of Hanko.
import { createServer } from 'node:http';
import { applyHankoPatch } from './fakeHankoPatch.mjs';

// Distinct strings that no fixture contains: finding one in anything the browser gets is a leak.
export const SYNODIC_KEY = 'syn_live_NEXTJS-EXAMPLE-SECRET-5b9f27c1';
export const HANKO_KEY = 'hk_live_NEXTJS-EXAMPLE-SECRET-d04e8a36';
export const SESSION_TOKEN = 'admin-session-token-for-the-check-7e1c';
/** A signed-in session that may read but not edit (the example's viewer role). */
export const VIEWER_SESSION_TOKEN = 'viewer-session-token-for-the-check-93fd';

export const OWNER = 'ada-lovelace';
export const USER_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

export const ownerView = {
  created_at: 1_700_000_000,
  photo_url: null,
  repositories: ['ada-lovelace/analytical-engine', 'ada-lovelace/notes-g'],
  autotrain_units: 1_250,
  autolabel_images: 48_000,
  inference_frames: 3_400_000,
  models_trained: 7,
  payment_details: true,
  plan: 'pay-as-you-go',
};
const { autotrain_units, autolabel_images, inference_frames, models_trained, payment_details, plan, ...publicView } =
  ownerView;

/** The user's metadata when the stand-ins start; `state.metadata` is what Hanko holds now. */
export const metadata = {
  public_metadata: { role: 'admin', team: 'analytics', seats: 5 },
  private_metadata: { stripe_customer: 'cus_private_value' },
  unsafe_metadata: { theme: 'dark' },
};

function json(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

/** Hanko's answer for a user's metadata: 200 with it, or 204 when there is none. */
function metadataResponse(response, current) {
  if (current === null) return response.writeHead(204).end();
  json(response, 200, current);
}

function readBody(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** `PATCH /users/{id}/metadata` as Hanko answers it; every patch it receives is kept in `state.patches`. */
async function patchMetadata(request, response, state) {
  const text = await readBody(request);
  state.patches.push(text);
  let patch;
  try {
    patch = JSON.parse(text);
  } catch {
    return json(response, 400, { code: 400, message: 'invalid metadata patch' });
  }
  const result = applyHankoPatch(state.metadata, patch);
  if ('error' in result) return json(response, 400, { code: 400, message: result.error });
  state.metadata = result.metadata;
  metadataResponse(response, state.metadata);
}

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/**
 * Starts both; resolves with their base URLs, `state` (request counters, the Hanko failure switch, the
 * metadata Hanko holds and the patches it received) and `close()`.
 */
export async function startFakeUpstreams() {
  const state = { failing: false, synodicRequests: 0, hankoRequests: 0, metadata: structuredClone(metadata), patches: [] };
  const synodic = await listen((request, response) => {
    state.synodicRequests += 1;
    const match = /^\/v0\/([^/?]+)$/.exec(request.url ?? '');
    if (!match || decodeURIComponent(match[1]) !== OWNER) return json(response, 404, { error: 'User not found' });
    // With the owner's key, the owner's view; without it, what anyone sees.
    json(response, 200, request.headers['x-api-key'] === SYNODIC_KEY ? ownerView : publicView);
  });
  const hanko = await listen((request, response) => {
    state.hankoRequests += 1;
    if (request.headers.authorization !== `Bearer ${HANKO_KEY}`) {
      return json(response, 401, { code: 401, message: 'Unauthorized' });
    }
    if (state.failing) return json(response, 503, { code: 503, message: 'Service Unavailable' });
    const match = /^\/admin\/users\/([0-9a-f-]{36})\/metadata$/.exec(request.url ?? '');
    if (!match || match[1] !== USER_ID) return json(response, 404, { code: 404, message: 'user not found' });
    if (request.method === 'PATCH') return patchMetadata(request, response, state);
    if (request.method !== 'GET') return json(response, 405, { code: 405, message: 'Method Not Allowed' });
    metadataResponse(response, state.metadata);
  });
  const origin = (server) => `http://127.0.0.1:${server.address().port}`;
  return {
    state,
    env: {
      SYNODIC_API_URL: `${origin(synodic)}/v0`,
      SYNODIC_API_KEY: SYNODIC_KEY,
      SYNODIC_OWNER: OWNER,
      HANKO_ADMIN_URL: `${origin(hanko)}/admin`,
      HANKO_ADMIN_API_KEY: HANKO_KEY,
      ADMIN_SESSION_TOKEN: SESSION_TOKEN,
      VIEWER_SESSION_TOKEN,
    },
    close: () =>
      Promise.all(
        [synodic, hanko].map(
          (server) =>
            new Promise((resolve) => {
              server.closeAllConnections();
              server.close(() => resolve());
            }),
        ),
      ),
  };
}
