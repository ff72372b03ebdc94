import { describe, expect, it } from 'vitest';
import { quoteServerMessage } from '../../../src/core/request/quoteServerMessage';

describe('quoteServerMessage', () => {
  it('puts a message on one line: line breaks, U+2028/U+2029 and control runs become one space', () => {
    expect(quoteServerMessage('user\r\nnot\u2028found\u2029\u0085here')).toBe('user not found here');
  });

  it('removes bidi controls that would reorder the sentence around the quote', () => {
    expect(quoteServerMessage('\u202euser not found\u2066')).toBe('user not found');
  });

  it('cuts a long message at 300 characters, with an ellipsis', () => {
    const quote = quoteServerMessage('x'.repeat(1000));
    expect(quote).toBe(`${'x'.repeat(300)}…`);
  });

  it('does not end a cut message on half a surrogate pair', () => {
    const quote = quoteServerMessage(`${'x'.repeat(299)}😀tail`);
    expect(quote).toBe(`${'x'.repeat(299)}…`);
  });
});
