// The benchmark page of react-json-view-lite, the smallest accessible JSON viewer we know of: the
// same data, every node open (allExpanded) or only the root (collapseAllNested).
import 'react-json-view-lite/dist/index.css';
import { allExpanded, collapseAllNested, defaultStyles, JsonView } from 'react-json-view-lite';
import { viewerBench } from '../viewerPage';

window.bench = viewerBench(
  (data, expanded) => (
    <JsonView
      data={data as object}
      shouldExpandNode={expanded ? allExpanded : collapseAllNested}
      style={defaultStyles}
    />
  ),
  // Not counted: only our own viewer's row count is checked.
  () => Number.NaN,
);
