// Stand-ins for Synodic and Hanko's admin API on 127.0.0.1, for the Next.js example's check. They
// answer only requests that carry the right key, so a page that shows data proves the app's server
// added it; `hanko.failing` turns Hanko's answers into 503s, for the upstream-failure and Retry checks.
import { createServer } from 'node:http';

// Distinct strings that no fixture contains: finding one in anything the browser gets is a leak.
export const SYNODIC_KEY = 'syn_live_NEXTJS-EXAMPLE-SECRET-5b9f27c1';
export const HANKO_KEY = 'hk_live_NEXTJS-EXAMPLE-SECRET-d04e8a36';
export const SESSION_TOKEN = 'admin-session-token-for-the-check-7e1c';

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

export const metadata = {
  public_metadata: { role: 'admin', team: 'analytics' },
  private_metadata: { stripe_customer: 'cus_private_value' },
  unsafe_metadata: { theme: 'dark' },
};

function json(response, status, body) {
  response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}

function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

/** Starts both; resolves with their base URLs, request counters, the Hanko failure switch and `close()`. */
export async function startFakeUpstreams() {
  const state = { failing: false, synodicRequests: 0, hankoRequests: 0 };
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
    json(response, 200, metadata);
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
