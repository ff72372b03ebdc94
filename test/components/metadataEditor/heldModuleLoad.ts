import { vi } from 'vitest';

/** A module loaded on demand whose loads a test holds back, then releases or fails. */
export interface HeldModuleLoad {
  /** How many times the module was asked for since `hold` (the loader keeps a successful load). */
  loads: number;
  /** Lets the load under way go on to the real module. */
  release: () => void;
  /** Fails the load under way. */
  fail: (error: Error) => void;
  /** Holds the next load of the module (vi.doMock: for modules imported after it, with vi.resetModules). */
  hold: () => void;
  /** Settles when the last load has gone all the way through, the real module included. */
  finished: Promise<void>;
}

/**
 * Holds each load of the module at `path` (as the test file imports it) until the test releases or fails
 * it, counting the loads. Call `hold` before importing what loads it, after `vi.resetModules()`.
 */
export function heldModuleLoad(path: string): HeldModuleLoad {
  const held: HeldModuleLoad = {
    loads: 0,
    release: () => {},
    fail: () => {},
    finished: Promise.resolve(),
    hold: () => {
      vi.doMock(path, (importOriginal) => {
        held.loads += 1;
        const load = new Promise<void>((resolve, reject) => {
          held.release = resolve;
          held.fail = reject;
        }).then(() => importOriginal());
        held.finished = load.then(
          () => undefined,
          () => undefined,
        );
        return load;
      });
    },
  };
  return held;
}
