/**
 * Whether focus is still where an edit was asked for: in the same category section (its tree, its "+",
 * Retry), on the same element (a click that gave nothing focus), or nowhere because the element asked from
 * is gone (the Retry clicked, unmounted once the parts load; a row scrolled out). Focus on the body while
 * that element is still there means a click on plain content elsewhere: like focus on anything else, a
 * place the user went to, which the edit must not take.
 * It comes with the editing parts: only an edit that waited for them asks.
 */
export function focusStayed(askedFrom: Element | null): boolean {
  const focused = document.activeElement;
  if (!focused || focused === askedFrom) return true;
  if (focused === document.body) return !askedFrom?.isConnected;
  return askedFrom?.closest('.rum-editor-section')?.contains(focused) ?? false;
}
