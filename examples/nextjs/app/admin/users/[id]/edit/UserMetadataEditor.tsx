'use client';

import { useState } from 'react';
import { HankoMetadataEditor } from 'react-user-metadata/editor';

/** The connected editor, and a polite "Saved" once Hanko has stored an edit (the editor shows failures). */
export function UserMetadataEditor({ userId }: { userId: string }) {
  const [savedAt, setSavedAt] = useState<Date>();
  return (
    <>
      <HankoMetadataEditor id="editor" userId={userId} headingLevel={2} onSaved={() => setSavedAt(new Date())} />
      <p role="status">{savedAt && `Saved at ${savedAt.toLocaleTimeString()}.`}</p>
    </>
  );
}
