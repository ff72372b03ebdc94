import { setupServer } from 'msw/node';

// One server for the whole unit suite; each test adds the handlers it needs with `server.use(...)`.
export const server = setupServer();
