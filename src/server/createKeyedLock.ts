/** Runs tasks that share a key one after another; tasks with different keys run side by side. */
export type KeyedLock = <T>(key: string, task: () => Promise<T>) => Promise<T>;

/**
 * A lock per key, held in memory. The proxy takes one per user around "re-read, compare, patch", so
 * two edits of one user through the same server cannot both pass the fingerprint check. A key is
 * forgotten once its last task ends, so the map holds only users being written right now.
 */
export function createKeyedLock(): KeyedLock {
  const tails = new Map<string, Promise<unknown>>();
  return async (key, task) => {
    const previous = tails.get(key) ?? Promise.resolve();
    const run = previous.then(task, task);
    // The tail never rejects, so one failed task does not fail the ones queued behind it.
    const tail = run.catch(() => undefined);
    tails.set(key, tail);
    try {
      return await run;
    } finally {
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
