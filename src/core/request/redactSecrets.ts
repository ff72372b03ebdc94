/** What a secret is replaced with in any text the library hands out. */
export const REDACTED = '[redacted]';
// For a secret that `[redacted]` itself completes: API keys are visible ASCII (normalizeApiKey), so
// a marker without any can never rebuild one.
const NON_ASCII_MARKER = '•••';

function replaceEach(text: string, secrets: readonly string[], marker: string): string {
  let result = text;
  for (const secret of secrets) result = result.split(secret).join(marker);
  return result;
}

/**
 * `text` with every occurrence of each secret (visible ASCII, as `normalizeApiKey` returns them)
 * replaced, so it can be logged, shown or returned. A secret that starts with `]` or ends with `[`
 * can be completed by `[redacted]` (`]abc` echoed as `]abcabc` would become `[redacted]abc`): then
 * `•••` replaces them instead. Empty and missing secrets are ignored.
 */
export function redactSecrets(text: string, secrets: readonly (string | undefined)[]): string {
  const present = secrets.filter((secret): secret is string => !!secret);
  const redacted = replaceEach(text, present, REDACTED);
  return present.some((secret) => redacted.includes(secret)) ? replaceEach(text, present, NON_ASCII_MARKER) : redacted;
}
