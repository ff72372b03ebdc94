import { Fragment, type ReactNode } from 'react';
import { INVISIBLE_CHARACTER } from '../../core/unsafeCharacters';

// Past this many characters a row is long cut off by its ellipsis: plain text there bounds the work and the DOM.
const MARKED_LENGTH = 1000;

export interface JsonTextProps {
  /** User text: a key, a string value, or a primitive's text. */
  text: string;
  /** The search (one capture group): its matches are shown in `<mark>`. */
  highlight: RegExp | null;
}

/**
 * User text, always as text nodes: matches in `<mark>`, and each invisible or direction-changing
 * character in an isolated span that shows its code point, so "\u202Eevil" cannot pass for "live".
 * `split` with a capture group keeps the separators at odd indexes. No hooks: tree rows call it as a
 * function, not as an element (one component fewer to mount per row).
 */
export function JsonText({ text, highlight }: JsonTextProps): ReactNode {
  const head = text.slice(0, MARKED_LENGTH);
  const tail = text.slice(MARKED_LENGTH);
  if (!highlight) return tail ? [revealInvisible(head, 0), tail] : revealInvisible(head);
  const pieces = head.split(highlight).map((piece, index) =>
    index % 2 ? <mark key={index}>{revealInvisible(piece)}</mark> : revealInvisible(piece, index),
  );
  return tail ? [...pieces, tail] : pieces;
}

/**
 * Text with each invisible character wrapped in a span that CSS labels with its code point. A plain
 * function, not a component: it runs for every key and value in view, and most have nothing to reveal.
 */
function revealInvisible(text: string, key?: number): ReactNode {
  const parts = text.split(INVISIBLE_CHARACTER);
  if (parts.length === 1) return text;
  const revealed = parts.map((part, index) =>
    index % 2 ? (
      <span key={index} className="rum-json-char" data-code={codePoint(part)}>
        {part}
      </span>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  );
  return <Fragment key={key}>{revealed}</Fragment>;
}

/** `"\u202e"` → `"202e"`: four hex digits, as Unicode writes them. */
const codePoint = (character: string) => (character.codePointAt(0) ?? 0).toString(16).padStart(4, '0');
