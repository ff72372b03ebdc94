import { CONTROL_CHARACTER, LONE_SURROGATE } from './unsafeCharacters';

// Canonical 8-4-4-4-12 form only: Hanko answers 400 for anything that is not a UUID, and other
// spellings (braces, urn:uuid:) would give the same user two cache keys.
const UUID = /^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$/i;
// `.` and `..` are path segments to URL parsers even when percent-encoded.
const BLANK_OR_DOT_SEGMENT = /^\.{0,2}$/;

/** True when `value` is a UUID in its canonical textual form. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/**
 * True when `value` can be sent as a Synodic username: not blank, at most 256 characters, no control
 * characters (C0, DEL or C1) or unpaired surrogates, and not `.` or `..`.
 */
export function isValidUsername(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    value.length <= 256 &&
    !CONTROL_CHARACTER.test(value) &&
    !LONE_SURROGATE.test(value) &&
    !BLANK_OR_DOT_SEGMENT.test(value.trim())
  );
}
