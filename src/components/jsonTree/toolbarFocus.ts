/**
 * Roving focus in a toolbar (WAI-ARIA APG toolbar pattern): the toolbar is one tab stop, ← and → move
 * between its enabled buttons (wrapping), Home and End jump to the first and last.
 */

/** The button that holds the tab stop: the remembered one if it is enabled, else the first enabled. */
export function toolbarTabStop(remembered: number, enabled: readonly boolean[]): number {
  return enabled[remembered] ? remembered : enabled.indexOf(true);
}

/** Where a key moves focus from `current`, or `undefined` for keys the toolbar leaves alone. */
export function nextToolbarButton(key: string, current: number, enabled: readonly boolean[]): number | undefined {
  const indexes = enabled.flatMap((isEnabled, index) => (isEnabled ? [index] : []));
  if (indexes.length === 0) return undefined;
  const position = indexes.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return indexes[(position + 1) % indexes.length];
    case 'ArrowLeft':
      return indexes[(position - 1 + indexes.length) % indexes.length];
    case 'Home':
      return indexes[0];
    case 'End':
      return indexes.at(-1);
    default:
      return undefined;
  }
}
