'use client';
import { useEffect, useRef, useState } from 'react';

// Long enough for a screen reader to announce the status, short enough not to describe an old copy.
const STATUS_MS = 3000;

export interface CopyMessages {
  copied: string;
  copyFailed: string;
}

export interface CopyStatus {
  /** What the last copy did, for a polite live region; empty once it has been shown for a while. */
  status: string;
  copy: (text: string) => void;
}

/** Copies text to the clipboard and says how it went, for a while. */
export function useCopyStatus({ copied, copyFailed }: CopyMessages): CopyStatus {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
      clearTimeout(timer.current);
    };
  }, []);

  const copy = async (text: string) => {
    let message = copied;
    try {
      // No clipboard (an insecure page) throws here too: a failed copy like any other.
      await navigator.clipboard.writeText(text);
    } catch {
      message = copyFailed;
    }
    if (!mounted.current) return;
    // A second copy restarts the clock, so the first one's timer cannot cut its message short.
    clearTimeout(timer.current);
    setStatus(message);
    timer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };
  return { status, copy: (text) => void copy(text) };
}
