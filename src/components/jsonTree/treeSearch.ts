// The search code a tree loads with `import()` the first time its search box is focused, pointed at
// or typed in (see loadTreeSearch): compiling the query, marking the matches, counting and listing
// them. A tree that is only read never loads it.
export { createSearchCache } from './searchCache';
export { countMatches, firstMatch, matchingNodes, stepMatch } from './searchMatches';
export { searchPattern } from './searchPattern';
