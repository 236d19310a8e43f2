import { mockControl } from '../mocks/browser.js';
import { startSandbox } from './shell.js';

// The supervisor's inbox: every conversation, live. The queue's tab and filters live in the
// address (`?tab=queued&channel=line`), as a host would keep them; the mock world moves every few
// seconds (`?mock-live=0` stops it, `?mock-live=1000` speeds it up).

await startSandbox();
if (!new URLSearchParams(location.search).has('mock-live')) mockControl.setScenario({ liveIntervalMs: 5000 });

const queue = document.querySelector('cx-conversation-queue')!;
const scenarioKeys = [...new URLSearchParams(location.search).keys()].filter((key) =>
  key.startsWith('mock-'),
);
/** The page's own parameters (the mock scenario's) stay in the address beside the queue's view. */
const addressFor = (view: string) => {
  const params = new URLSearchParams(view);
  const current = new URLSearchParams(location.search);
  for (const key of scenarioKeys) for (const value of current.getAll(key)) params.append(key, value);
  const search = params.toString();
  return `${location.pathname}${search ? `?${search}` : ''}`;
};

queue.view = location.search.slice(1);
queue.addEventListener('cx-queue-view-change', (event) => {
  history.replaceState(null, '', addressFor(event.detail.view));
});
