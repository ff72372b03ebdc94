// The benchmark page of react-obj-view, a virtualized object viewer: the same data, every node open
// (expandLevel: true) or only the root (expandLevel: 1).
import 'react-obj-view/dist/react-obj-view.css';
import { ObjectView } from 'react-obj-view';
import { viewerBench } from '../viewerPage';

window.bench = viewerBench(
  (data, expanded) => <ObjectView valueGetter={() => data} expandLevel={expanded ? true : 1} />,
  // Not counted: only our own viewer's row count is checked.
  () => Number.NaN,
);
