import { mockControl } from '../mocks/browser.js';
import { followAddress, startSandbox } from './shell.js';

// The supervisor's inbox: every conversation, live. The queue's tab and filters live in the
// address (`?tab=queued&channel=line`), as a host would keep them; the mock world moves every few
// seconds (`?mock-live=0` stops it, `?mock-live=1000` speeds it up).

await startSandbox();
if (!new URLSearchParams(location.search).has('mock-live')) mockControl.setScenario({ liveIntervalMs: 5000 });

followAddress(document.querySelector('cx-conversation-queue')!, 'cx-queue-view-change');
