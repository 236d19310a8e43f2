import { setupWorker } from 'msw/browser';
import { handlers } from './handlers.js';

/** The MSW worker for the demo sandbox and the browser tests: start it before the first fetch. */
export const worker = setupWorker(...handlers);
