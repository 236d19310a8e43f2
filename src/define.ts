// Registers every cxkit element (the demo and `cxkit/define.js` users import this).
import './components/provider/define.js';
import './components/ticket-history/define.js';
import './components/customer-card/define.js';
import './components/case-flyout/define.js';

// <cx-ticket-detail> brings the HTML sanitizer along, and <cx-conversation-queue> and
// <cx-interaction-log> are pages of their own (an inbox, a supervisor's log; not sidebar widgets):
// none weighs on the first download. Each is registered
// right away if the page already uses it, else once the browser is idle (and <cx-ticket-history>
// loads the detail the moment an agent drills in).
const later = [
  ['cx-ticket-detail', () => import('./components/ticket-detail/define.js')],
  ['cx-conversation-queue', () => import('./components/conversation-queue/define.js')],
  ['cx-interaction-log', () => import('./components/interaction-log/define.js')],
] as const;
for (const [tag, define] of later) {
  // On a server (no document) it is defined at once, for server rendering.
  if (typeof document === 'undefined' || document.querySelector(tag)) void define();
  else if ('requestIdleCallback' in window) requestIdleCallback(() => void define(), { timeout: 3000 });
  else setTimeout(() => void define(), 1000);
}
