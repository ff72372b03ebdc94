import { expect } from 'vitest';
import { type ApiError, type ApiErrorKind, type ApiService, isApiError } from '../../src/core/ApiError';

// Independent statements of what the clients accept, written from the API docs rather than from
// the zod schemas, so a schema mistake shows up as a disagreement instead of being copied.

const has = (value: object, key: string): boolean => Object.hasOwn(value, key);

export function isPlainJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isFiniteNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const USAGE_NUMBERS = ['autotrain_units', 'autolabel_images', 'inference_frames', 'models_trained'] as const;

/** A Synodic user per the docs: created_at, optional photo_url, string repositories, typed usage fields. */
export function isValidSynodicUser(json: unknown): boolean {
  if (!isPlainJsonObject(json)) return false;
  if (!has(json, 'created_at') || !isFiniteNumber(json.created_at)) return false;
  if (has(json, 'photo_url') && json.photo_url !== null && typeof json.photo_url !== 'string') return false;
  if (has(json, 'repositories')) {
    const repositories = json.repositories;
    if (!Array.isArray(repositories) || !repositories.every((item) => typeof item === 'string')) return false;
  }
  for (const field of USAGE_NUMBERS) if (has(json, field) && !isFiniteNumber(json[field])) return false;
  if (has(json, 'payment_details') && typeof json.payment_details !== 'boolean') return false;
  if (has(json, 'plan') && typeof json.plan !== 'string') return false;
  return true;
}

/** Synodic's legacy error body: `{ "error": "…" }` with no user in it. */
export function isSynodicErrorBody(json: unknown): boolean {
  return isPlainJsonObject(json) && typeof json.error === 'string' && !has(json, 'created_at');
}

export const CATEGORIES = ['public_metadata', 'private_metadata', 'unsafe_metadata'] as const;

/** Hanko metadata per the docs: an object whose categories, when present, are objects (or null from a proxy). */
export function isValidHankoMetadata(json: unknown): boolean {
  if (!isPlainJsonObject(json)) return false;
  return CATEGORIES.every(
    (category) => !has(json, category) || json[category] === null || isPlainJsonObject(json[category]),
  );
}

/** Asserts `error` is an ApiError of `kind` for `service`, with a message a person can read. */
export function expectApiError(error: unknown, service: ApiService, kind: ApiErrorKind): asserts error is ApiError {
  expect(isApiError(error), `expected an ApiError, got ${describe(error)}`).toBe(true);
  const apiError = error as ApiError;
  expect(apiError.kind, `kind of "${apiError.message}"`).toBe(kind);
  expect(apiError.service).toBe(service);
  expect(apiError.name).toBe('ApiError');
  expect(typeof apiError.message).toBe('string');
  expect(apiError.message.length).toBeGreaterThan(0);
}

function describe(value: unknown): string {
  if (value instanceof Error) return `${value.name}: ${value.message}`;
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}

/** Every string an error exposes: what ends up in logs, error trackers and error UIs. */
export function errorTexts(error: ApiError): string[] {
  const cause = error.cause;
  return [
    error.message,
    error.body ?? '',
    error.serverMessage ?? '',
    error.contentType ?? '',
    String(error),
    error.stack ?? '',
    JSON.stringify(error),
    JSON.stringify(error.issues ?? []),
    cause instanceof Error ? `${cause.message} ${cause.stack ?? ''}` : '',
  ];
}

/** Fails the test run on any unhandled rejection seen while `body` runs (and one macrotask after). */
export async function withoutUnhandledRejections(body: () => Promise<void>): Promise<void> {
  const seen: unknown[] = [];
  const listener = (reason: unknown) => {
    seen.push(reason);
  };
  process.on('unhandledRejection', listener);
  try {
    await body();
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    process.off('unhandledRejection', listener);
  }
  expect(seen.map(describe)).toEqual([]);
}
