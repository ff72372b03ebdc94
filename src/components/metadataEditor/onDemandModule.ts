/** A module the editor loads with `import()` only when a user needs it: its editing parts, the lossless parser. */
export interface OnDemandModule<Module> {
  /** The module once loaded, read synchronously (a render, an event handler), else `undefined`. */
  loaded: () => Module | undefined;
  /** Loads it once; a failed load is forgotten, so the next call tries again. */
  load: () => Promise<Module>;
}

/**
 * Wraps `importModule` (an `import()` of a part of the editor that its first render does not need) so
 * it runs at most once at a time, its result is kept for synchronous reads, and a failure can be retried.
 */
export function createOnDemandModule<Module>(importModule: () => Promise<Module>): OnDemandModule<Module> {
  let module: Module | undefined;
  let loading: Promise<Module> | undefined;
  return {
    loaded: () => module,
    load: () => {
      loading ??= importModule().then(
        (loadedModule) => {
          module = loadedModule;
          return loadedModule;
        },
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}
