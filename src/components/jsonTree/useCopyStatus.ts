'use client';
import { useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from './useIsomorphicLayoutEffect';

// Long enough for a screen reader to announce the status, short enough not to describe an old copy.
const STATUS_MS = 3000;
// How long a row's copy button shows its check: a glance, then the button is ready again.
const COPIED_MARK_MS = 1500;

export interface CopyMessages {
  copied: string;
  copyFailed: string;
}

export interface CopyStatus {
  /** What the last copy did, for a polite live region; empty once it has been shown for a while. */
  status: string;
  /** The node whose value was copied in the last moment (its row shows a check), or `null`. */
  copiedNode: number | null;
  /** Copies text; `node` names the row whose value it is, so that row can show the check. */
  copy: (text: string, node?: number) => void;
}

/** Copies text to the clipboard and says how it went, for a while. */
export function useCopyStatus({ copied, copyFailed }: CopyMessages): CopyStatus {
  const [status, setStatus] = useState('');
  const [copiedNode, setCopiedNode] = useState<number | null>(null);
  const statusTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const markTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(false);
  // A layout effect, not a passive one: the tree's other effects are layout effects, and one passive
  // effect would make React schedule a whole pass over the tree after its first paint, for this alone.
  useIsomorphicLayoutEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(statusTimer.current);
      clearTimeout(markTimer.current);
    };
  }, []);

  const copy = async (text: string, node?: number) => {
    let succeeded = true;
    try {
      // No clipboard (an insecure page) throws here too: a failed copy like any other.
      await navigator.clipboard.writeText(text);
    } catch {
      succeeded = false;
    }
    if (!mounted.current) return;
    // A second copy restarts the clocks, so the first one's timers cannot cut its feedback short.
    clearTimeout(statusTimer.current);
    setStatus(succeeded ? copied : copyFailed);
    statusTimer.current = setTimeout(() => setStatus(''), STATUS_MS);
    clearTimeout(markTimer.current);
    setCopiedNode(succeeded && node !== undefined ? node : null);
    if (succeeded && node !== undefined) markTimer.current = setTimeout(() => setCopiedNode(null), COPIED_MARK_MS);
  };
  return { status, copiedNode, copy: (text, node) => void copy(text, node) };
}
