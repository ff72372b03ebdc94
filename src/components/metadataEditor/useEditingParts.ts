'use client';
import { type FocusEvent, type HTMLAttributes, type PointerEvent, useRef, useState } from 'react';
import { useIsomorphicLayoutEffect } from '../jsonTree/useIsomorphicLayoutEffect';
import { type EditingParts, editingPartsModule } from './editingPartsModule';
import type { MetadataPath } from './metadataDraftState';

/** Where an edit asked for before the editing parts loaded waits: a tree's row, or a category's "+" button. */
export interface WaitingEdit {
  path: MetadataPath;
  from: 'row' | 'section';
  /** The load failed: shown with a Retry. */
  failed: boolean;
}

/** The editor root's handlers that start the load, which may also be the app's. */
export type EditorRootHandlers = Pick<HTMLAttributes<HTMLDivElement>, 'onFocus' | 'onPointerDown'>;

export interface EditingPartsAccess {
  /** The editing parts once loaded (every edit, open form and change implies they are). */
  parts: EditingParts | undefined;
  /** The first edit waiting for the parts, shown busy (or failed) where it was asked for. */
  waiting: WaitingEdit | null;
  /**
   * For the editor's root: reaching for the editor (a tree, "+", a button) starts loading the parts,
   * before the first edit; the app's own handlers are called too.
   */
  rootHandlers: Required<EditorRootHandlers>;
  /**
   * Runs `task` with the parts: at once when loaded, else once they load, if the user is still where they
   * asked for it (see `useEditingParts`). One edit waits at a time: one asked for while another waits is
   * not kept (it would act on a path the first may change).
   */
  withParts: (from: Omit<WaitingEdit, 'failed'>, task: (parts: EditingParts) => void) => void;
  /** Loads again after a failure; the waiting edit runs once it succeeds. */
  retry: () => void;
}

/**
 * The editor's access to its editing parts, loaded on demand. The first edit asked for while they load
 * (a key faster than the network) is kept: its row is shown busy and it runs when they arrive. If they
 * fail to load, the row says so with a Retry; the edit then runs only when asked again (Retry or its
 * key), never because a later focus happened to load the parts.
 * An edit moves focus (its form opens, its row keeps the tab stop): if the user has meanwhile gone to
 * another part of the editor or of the page, it is dropped when the parts arrive rather than pull them back.
 */
export function useEditingParts(own: EditorRootHandlers, announceWaiting: () => void): EditingPartsAccess {
  const [waiting, setWaiting] = useState<WaitingEdit | null>(null);
  // Counts renders asked for: once the parts land (the review shows from then on), and after each waiting edit.
  const [, setRenders] = useState(0);
  const rerender = () => setRenders((count) => count + 1);
  const pending = useRef<((parts: EditingParts) => void) | null>(null);
  // What had focus when the waiting edit was last asked for (its key, its button, Retry).
  const askedFrom = useRef<Element | null>(null);
  useIsomorphicLayoutEffect(() => {
    const parts = editingPartsModule.loaded();
    const task = pending.current;
    if (!parts || !task || waiting?.failed) return;
    pending.current = null;
    if (parts.focusStayed(askedFrom.current)) task(parts);
  });
  const load = () => {
    askedFrom.current = document.activeElement;
    setWaiting((first) => first && { ...first, failed: false });
    editingPartsModule.load().then(
      () => {
        setWaiting(null);
        rerender();
      },
      () => setWaiting((first) => first && { ...first, failed: true }),
    );
  };
  // A failed preload says nothing: the first edit loads them again, and says so if that fails too.
  const preload = () => {
    if (!editingPartsModule.loaded()) editingPartsModule.load().then(rerender, () => undefined);
  };
  const withParts: EditingPartsAccess['withParts'] = (from, task) => {
    const parts = editingPartsModule.loaded();
    // Loaded, and nothing asked for earlier still waits: at once, in this event.
    if (parts && !pending.current) return task(parts);
    // After a failed load, a new edit is the retry: it replaces the one that failed.
    if (pending.current && !waiting?.failed) return;
    pending.current = task;
    setWaiting({ ...from, failed: false });
    // Said in the editor's live region: a status that appears with its text in a row is often not read.
    announceWaiting();
    load();
  };
  return {
    parts: editingPartsModule.loaded(),
    waiting,
    rootHandlers: {
      onFocus: (event: FocusEvent<HTMLDivElement>) => {
        preload();
        own.onFocus?.(event);
      },
      onPointerDown: (event: PointerEvent<HTMLDivElement>) => {
        preload();
        own.onPointerDown?.(event);
      },
    },
    withParts,
    retry: load,
  };
}
