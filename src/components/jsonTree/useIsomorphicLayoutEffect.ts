import { useEffect, useLayoutEffect } from 'react';

/** No layout effects on the server (React 18 warns); there is nothing to measure or focus there. */
export const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;
