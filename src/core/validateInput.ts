// Canonical 8-4-4-4-12 form only: Hanko answers 400 for anything that is not a UUID, and other
// spellings (braces, urn:uuid:) would give the same user two cache keys.
const UUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
// control characters are exactly what is rejected
const CONTROL = /[\u0000-\u001f\u007f]/;

/** True when `value` is a UUID in its canonical textual form. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * True when `value` can be sent as a Synodic username: not blank, at most 256 characters, no control
 * characters or unpaired surrogates, and not `.` or `..` (which URL parsers treat as path segments even
 * when percent-encoded).
 */
export function isValidUsername(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 256 || CONTROL.test(value) || /^\.{0,2}$/.test(value.trim())) {
    return false;
  }
  try {
    // Throws for an unpaired surrogate, which has no UTF-8 form and so cannot go into a URL. The result
    // is used (never empty here), because minifiers drop a call to a built-in whose result is not.
    return !!encodeURIComponent(value);
  } catch {
    return false;
  }
}
