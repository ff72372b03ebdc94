'use client';
import { type ReactNode, useEffect, useRef } from 'react';
import { Icon } from '../Icon';
import { isPrivatePath } from './metadataDraftState';
import type { MetadataEditorLabels } from './metadataEditorLabels';
import type { RevealRequest } from './useRevealRequest';

export interface RevealButtonProps {
  revealed: boolean;
  onReveal: (revealed: boolean) => void;
  /**
   * The row the editor asks to focus: while masked, a request for a private row (a change stepped to)
   * focuses this button instead, since the row is not in the page.
   */
  request: RevealRequest | null;
  /** Focus left the button for another element (not for another window, nor for no element). */
  onLeave: () => void;
  labels: MetadataEditorLabels;
}

/** Reveal (or Hide) private metadata; where a step to a change inside masked private metadata lands. */
export function RevealButton({ revealed, onReveal, request, onLeave, labels }: RevealButtonProps): ReactNode {
  const button = useRef<HTMLButtonElement>(null);
  const seen = useRef(request);
  useEffect(() => {
    if (request === seen.current) return;
    seen.current = request;
    if (!revealed && request && isPrivatePath(request.path)) button.current?.focus();
    // Only each new request moves focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [request]);
  return (
    <button
      ref={button}
      type="button"
      className="rum-button rum-metadata-reveal"
      onClick={() => onReveal(!revealed)}
      // Only focus gone to another element is leaving. A window switch blurs the button to no element, and so may a
      // mouse press on it in Safari and Firefox on macOS (buttons take no focus from a click there), before its click.
      onBlur={(event) => event.relatedTarget && onLeave()}
    >
      {/* As the inspector's: the button says what it will do. */}
      <Icon name={revealed ? 'eye-off' : 'eye'} />
      {revealed ? labels.hide : labels.reveal}
    </button>
  );
}
