import { redactSecrets } from '../core/request/redactSecrets';

/**
 * One line describing an error and its causes (`TypeError: fetch failed <- Error: connect ECONNREFUSED …`),
 * with the secrets removed. Node's fetch hides the useful part (the errno) in `cause`. Never throws:
 * it runs inside catch blocks, on values a callback threw (a null-prototype object has no toString,
 * a getter or a Proxy can throw).
 */
export function describeError(error: unknown, secrets: readonly string[]): string {
  const parts: string[] = [];
  try {
    let current: unknown = error;
    for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth += 1) {
      if (current instanceof Error) {
        const code = (current as { code?: unknown }).code;
        parts.push(`${current.name}: ${current.message}${typeof code === 'string' ? ` (${code})` : ''}`);
        current = current.cause;
      } else {
        parts.push(String(current));
        break;
      }
    }
  } catch {
    parts.push('a value that cannot be turned into text');
  }
  return redactSecrets(parts.join(' <- ') || 'unknown error', secrets);
}
