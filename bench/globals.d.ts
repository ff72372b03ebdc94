import type { ViewerBench } from './viewerPage';

declare global {
  interface Window {
    /** The actions bench/run.mjs measures; our own page adds its interactions. */
    bench: ViewerBench;
  }
}
