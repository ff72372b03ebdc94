import { URL_UNSAFE_CHARACTER } from '../core/unsafeCharacters';

const APP_ORIGIN = 'https://rum.invalid';

/** `new URL`, with `undefined` for what it cannot parse. */
function parseUrl(value: string, base?: string): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    // Malformed.
  }
}

/**
 * Returns the URL, normalised, when it is an absolute `http:` or `https:` URL with a host and no
 * user:password part; `undefined` for anything else (`javascript:`, `data:`, `vbscript:`, `//host`,
 * relative, malformed). The only gate between a response value and an `src` attribute.
 */
export function safeHttpUrl(value: unknown): string | undefined {
  // With nothing before it, this prefix is the scheme the parser reads: only http: or https: get through.
  if (typeof value !== 'string' || URL_UNSAFE_CHARACTER.test(value) || !/^https?:\/\/[^/\\]/i.test(value)) return;
  const url = parseUrl(value);
  // Credentials in a link can disguise its host (`https://bank.example@evil.example`).
  if (url && !url.username && !url.password) return url.href;
}

/**
 * Like `safeHttpUrl`, and also accepts an app-relative path that starts with a single `/`
 * (`/repos/acme/site`), which stays on the page's own origin. `//host` and `/\host` are rejected:
 * browsers read both as another host, and so is a path whose dot segments resolve to either. The path
 * comes back resolved (`/a/../b` becomes `/b`).
 */
export function safeHref(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/')) return safeHttpUrl(value);
  const url = URL_UNSAFE_CHARACTER.test(value) ? undefined : parseUrl(value, APP_ORIGIN);
  // Dot segments can resolve to a path that starts with `//` (`/.//evil.example`): refused like `//host`.
  if (url?.origin === APP_ORIGIN && !url.pathname.startsWith('//')) return url.pathname + url.search + url.hash;
}
