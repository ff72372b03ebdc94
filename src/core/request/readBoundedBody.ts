/** A response body read up to a byte cap. */
export interface BoundedBody {
  /** What was read: all of the body, or what came before the chunk that crossed the cap. */
  data: Blob;
  /** False when the body was longer than the cap; the rest was cancelled, not downloaded. */
  complete: boolean;
}

/**
 * Reads `body` to its end, or until more than `maxBytes` arrived. A broken proxy or a hostile
 * server streaming without end must not be able to exhaust memory, in a tab or on a server.
 */
export async function readBoundedBody(
  body: ReadableStream<Uint8Array<ArrayBuffer>> | null,
  maxBytes: number,
): Promise<BoundedBody> {
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let size = 0;
  const reader = body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      // Not awaited: a cancel can wait on a peer that keeps sending.
      reader.cancel().catch(() => undefined);
      return { data: new Blob(chunks), complete: false };
    }
    chunks.push(value);
  }
  return { data: new Blob(chunks), complete: true };
}
