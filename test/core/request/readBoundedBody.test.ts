import { describe, expect, it } from 'vitest';
import { readBoundedBody } from '../../../src/core/request/readBoundedBody';

const encoder = new TextEncoder();

function streamOf(chunks: string[], onCancel?: () => void): ReadableStream<Uint8Array<ArrayBuffer>> {
  let index = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(encoder.encode(chunk));
    },
    cancel: onCancel,
  });
}

describe('readBoundedBody', () => {
  it('reads a body under the cap whole, across chunks', async () => {
    const body = await readBoundedBody(streamOf(['{"a":', '1}']), 100);
    expect(body.complete).toBe(true);
    expect(await body.data.text()).toBe('{"a":1}');
  });

  it('reads a body of exactly the cap whole', async () => {
    const body = await readBoundedBody(streamOf(['12345', '67890']), 10);
    expect(body.complete).toBe(true);
    expect(await body.data.text()).toBe('1234567890');
  });

  it('stops at the chunk that crosses the cap, keeps what came before and cancels the rest', async () => {
    let cancelled = false;
    const body = await readBoundedBody(
      streamOf(['12345', '67890', 'never read'], () => {
        cancelled = true;
      }),
      8,
    );
    expect(body.complete).toBe(false);
    expect(await body.data.text()).toBe('12345');
    expect(cancelled).toBe(true);
  });

  it('reads no body (a 204) as empty and complete', async () => {
    const body = await readBoundedBody(null, 10);
    expect(body.complete).toBe(true);
    expect(body.data.size).toBe(0);
  });

  it('gives the bytes unchanged, for a proxy to pass on', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x7b, 0x7d, 0xff]);
    const body = await readBoundedBody(new Response(bytes).body, 100);
    expect(new Uint8Array(await body.data.arrayBuffer())).toEqual(bytes);
  });
});
