/**
 * Whether focus is still where an edit was asked for: in the same category section (its tree, its "+",
 * Retry), on the same element (a click that gave nothing focus), or nowhere (the Retry clicked is gone
 * once the parts load). Focus on anything else is a place the user went to: the edit must not take it.
 * It comes with the editing parts: only an edit that waited for them asks.
 */
export function focusStayed(askedFrom: Element | null): boolean {
  const focused = document.activeElement;
  if (!focused || focused === document.body || focused === askedFrom) return true;
  return askedFrom?.closest('.rum-editor-section')?.contains(focused) ?? false;
}
