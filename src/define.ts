// Registers every cxkit element (the demo and `cxkit/define.js` users import this).
import './components/provider/define.js';
import './components/ticket-history/define.js';
import './components/customer-card/define.js';
import './components/case-flyout/define.js';

// <cx-ticket-detail> brings the HTML sanitizer along, so it does not weigh on the first download:
// it is registered right away if the page already uses it, else once the browser is idle (and
// <cx-ticket-history> loads it the moment an agent drills in).
const defineTicketDetail = () => import('./components/ticket-detail/define.js');
// On a server (no document) it is defined at once, for server rendering.
if (typeof document === 'undefined' || document.querySelector('cx-ticket-detail')) void defineTicketDetail();
else if ('requestIdleCallback' in window)
  requestIdleCallback(() => void defineTicketDetail(), { timeout: 3000 });
else setTimeout(() => void defineTicketDetail(), 1000);
