/** How long one slice of background work may run: the page paints and takes input between slices. */
export const SLICE_MS = 8;

/** A pause check for work started now: true once `ms` have passed. */
export function sliceDeadline(ms = SLICE_MS): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}

/**
 * Runs `step` a slice at a time, the first at once and each next one in a task of its own, until it
 * returns a result, which goes to `done`. Returns what stops it (an effect's cleanup).
 */
export function runInSlices<T>(step: (pause: () => boolean) => T | undefined, done: (result: T) => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const result = step(sliceDeadline());
    if (result === undefined) timer = setTimeout(slice, 0);
    else done(result);
  };
  slice();
  return () => clearTimeout(timer);
}
