// What the browser calls: this app's own proxy routes, with no key. Plain objects without state, so
// one of each can serve every request and every render.
import { createHankoClient, createSynodicClient } from 'react-user-metadata/core';

export const browserHankoClient = createHankoClient({ baseUrl: '/api/hanko' });
export const browserSynodicClient = createSynodicClient({ baseUrl: '/api/synodic' });
