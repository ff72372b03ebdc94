import { MESSAGE_BREAKING_RUN } from '../unsafeCharacters';

// Long enough for any real error message, short enough for a sentence shown to a user.
const MAX_QUOTE_LENGTH = 300;
const TRAILING_HIGH_SURROGATE = /[\ud800-\udbff]$/;

/**
 * A server's message as it may go into our own sentence, which apps show to users: on one line,
 * bounded, and without bidi controls that could reorder the rest of the sentence.
 */
export function quoteServerMessage(message: string): string {
  const quote = message.replace(MESSAGE_BREAKING_RUN, ' ').trim();
  if (quote.length <= MAX_QUOTE_LENGTH) return quote;
  // Not ending on half a surrogate pair.
  return `${quote.slice(0, MAX_QUOTE_LENGTH).replace(TRAILING_HIGH_SURROGATE, '')}…`;
}
