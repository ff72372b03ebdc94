// The marks a search (searchJson) or a filter (pathMarks) gives each node, one byte per node: what the
// rows and the expansion read, without loading the search code itself.

/** Mark of a node whose own key or primitive value matches. */
export const MATCHES_ITSELF = 1;
/** Mark of a node with a match somewhere below it. */
export const MATCHES_BELOW = 2;
