import { setupWorker } from 'msw/browser';
import { handlers, db } from './handlers.js';
import { getScenario, resetScenario, scenarioFromSearch, setScenario } from './scenario.js';

/** The MSW worker for the demo sandbox and the browser tests: start it before the first fetch. */
export const worker = setupWorker(...handlers);

/** Puts the mock backend in the state the page's URL asks for (`?mock-latency=800&mock-offline`). */
export function applyScenarioFromUrl(search = location.search): void {
  setScenario(scenarioFromSearch(search));
}

/** Run-time control of the mock backend, for the sandbox's switches and for tests. */
export const mockControl = {
  getScenario,
  setScenario,
  resetScenario,
  reset: () => db.reset(),
};
