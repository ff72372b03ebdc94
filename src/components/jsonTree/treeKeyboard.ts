/** What a key does in the tree (WAI-ARIA APG tree view pattern). */
export type TreeCommand =
  | 'next'
  | 'previous'
  | 'first'
  | 'last'
  /** → : open a closed container, or move to the first child of an open one. */
  | 'openOrEnter'
  /** ← : close an open container, or move to the parent. */
  | 'closeOrLeave'
  /** Enter, Space: toggle a container, show a long string whole, or copy any other value. */
  | 'activate'
  /** `*`: open every container beside the focused row (its siblings, and itself). */
  | 'expandSiblings'
  /** Ctrl+C, Cmd+C: copy the focused row's value. */
  | 'copy';

export const TREE_KEYS: ReadonlyMap<string, TreeCommand> = new Map([
  ['ArrowDown', 'next'],
  ['ArrowUp', 'previous'],
  ['Home', 'first'],
  ['End', 'last'],
  ['ArrowRight', 'openOrEnter'],
  ['ArrowLeft', 'closeOrLeave'],
  ['Enter', 'activate'],
  [' ', 'activate'],
  ['*', 'expandSiblings'],
]);

/** The parts of a keyboard event the tree reads. */
export interface TreeKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

/** The command of a key, a printable character for type-ahead, or `undefined` for keys the tree leaves alone. */
export function readTreeKey(event: TreeKey): TreeCommand | { typeAhead: string } | undefined {
  const command = TREE_KEYS.get(event.key);
  if (command) return command;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'c') return 'copy';
  // Other shortcuts (Cmd+F, Ctrl+V) stay the browser's.
  if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return undefined;
  return { typeAhead: event.key };
}
