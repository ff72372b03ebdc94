'use client';
import { useState } from 'react';
import type { HankoMetadataPatch } from '../../core/HankoMetadataPatch';
import type { HankoUserMetadata } from '../../core/HankoUserMetadata';

export interface EditorSave {
  /** A save's promise is pending. */
  saving: boolean;
  /** There is something to send and nothing stops it. */
  canSave: boolean;
  save: () => void;
}

export interface EditorSaveOptions {
  onSave: (patch: HankoMetadataPatch, draft: HankoUserMetadata) => void | Promise<unknown>;
  patch: HankoMetadataPatch;
  draft: HankoUserMetadata;
  /** Something keeps the draft from being saved: a conflict, a category over its limit, a schema issue or a check still running. */
  blocked: boolean;
}

/** Save: sends the patch; while the promise `onSave` returns is pending, Save waits (and says so). */
export function useEditorSave({ onSave, patch, draft, blocked }: EditorSaveOptions): EditorSave {
  const [saving, setSaving] = useState(false);
  const save = () => {
    const result = onSave(patch, draft);
    if (result instanceof Promise) {
      setSaving(true);
      void result.finally(() => setSaving(false)).catch(() => undefined);
    }
  };
  return { saving, canSave: !saving && !blocked && Object.keys(patch).length > 0, save };
}
