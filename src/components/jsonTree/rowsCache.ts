import { isOpenIn } from './expansion';
import type { FlatJson } from './flattenJson';
import { rewalkBelow, type VisibleRows, visibleRows } from './visibleRows';

/** What the rows of one flattened value depend on: the expansion in effect and the search's marks. */
export interface RowsRequest {
  /** Base depth of the expansion (see `Expansion`). */
  depth: number;
  /** The user's toggles as node numbers (see `resolveToggles`). */
  toggled: ReadonlyMap<number, boolean>;
  /** The search's marks, or `null` while browsing. */
  marks: Uint8Array | null;
}

/** The rows for a request (see `visibleRows`), from earlier ones where they help. */
export type RowsCache = (request: RowsRequest) => VisibleRows;

// Past this many changed toggles, walking every row shown again is as cheap.
const MOST_REWALKS = 16;

interface PastRows {
  request: RowsRequest;
  rows: VisibleRows;
}

/**
 * Rows of one flattened value, updated rather than walked again where it can: a toggle re-walks only
 * the rows below the container it opened or closed (the walk of 100,000 rows is what made a toggle
 * slow), and clearing a search gives back the browsing rows kept from before it. One result is kept
 * for browsing and one for the current search; the rows are always a full walk's.
 */
export function createRowsCache(flat: FlatJson): RowsCache {
  let browsing: PastRows | undefined;
  let searching: PastRows | undefined;
  return (request) => {
    const past = request.marks ? searching : browsing;
    const rows = (past && updatedRows(flat, past, request)) ?? walkRows(flat, request);
    if (request.marks) searching = { request, rows };
    else browsing = { request, rows };
    return rows;
  };
}

function walkRows(flat: FlatJson, { depth, toggled, marks }: RowsRequest): VisibleRows {
  return visibleRows(flat, isOpenIn(depth, toggled, flat.depths, marks), marks);
}

/** The past rows with the containers whose toggle changed re-walked; `undefined` when a full walk is due. */
function updatedRows(flat: FlatJson, past: PastRows, request: RowsRequest): VisibleRows | undefined {
  if (past.request.marks !== request.marks || past.request.depth !== request.depth) return undefined;
  const changed = changedToggles(past.request.toggled, request.toggled);
  // The root is never a row: a toggle on it (an empty path) changes everything.
  if (changed.length > MOST_REWALKS || changed.includes(0)) return undefined;
  const isOpen = isOpenIn(request.depth, request.toggled, flat.depths, request.marks);
  // Each re-walk uses the final toggles, so the order does not matter: re-walking a container inside
  // one already re-walked finds its rows already right, and re-walks them the same way.
  return changed.reduce((rows, node) => rewalkBelow(flat, rows, node, isOpen, request.marks), past.rows);
}

/** The nodes whose toggle differs between two sets of toggles. */
function changedToggles(before: ReadonlyMap<number, boolean>, after: ReadonlyMap<number, boolean>): number[] {
  const changed: number[] = [];
  for (const [node, open] of after) if (before.get(node) !== open) changed.push(node);
  for (const node of before.keys()) if (!after.has(node)) changed.push(node);
  return changed;
}
