// The first import listens for policy violations before anything else runs.
import { showViolations } from './csp-violations.js';
import { loadHostileCase } from '../mocks/hostile.js';
import { allowMockWorker } from './trusted-mocks.js';
import { startSandbox } from './shell.js';

// One case of the hostile-input corpus (see mocks/hostile.ts) in every widget, under the strict
// policy of hostile-input.html. The end-to-end suite walks every case; `window.cxHostileCase` tells
// it what must show as text.

allowMockWorker();
await startSandbox();
showViolations();

const index = Math.max(0, Number(new URLSearchParams(location.search).get('case')) || 0);
const hostileCase = loadHostileCase(index);
Object.assign(window, { cxHostileCase: hostileCase });

const last = hostileCase.caseCount - 1;
document.querySelector('#case-label')!.textContent = `Case ${index + 1} of ${hostileCase.caseCount}`;
document.querySelector<HTMLAnchorElement>('#previous-case')!.href = `?case=${Math.max(0, index - 1)}`;
document.querySelector<HTMLAnchorElement>('#next-case')!.href = `?case=${Math.min(last, index + 1)}`;

const { customerId, ticketIds } = hostileCase;
const flyout = document.querySelector('cx-case-flyout')!;
document.querySelector('cx-customer-card')!.customerId = customerId;
document.querySelector('cx-ticket-history')!.customerId = customerId;
document.querySelector('cx-ticket-detail')!.ticketId = ticketIds[0];
flyout.customerId = customerId;
flyout.draftKey = `hostile-${index}`;
// Prefilled with attacks too: the title as text, the description as HTML (sanitized).
flyout.subject = hostileCase.expected.find((item) => item.field === 'tickets[0].subject')?.text;
flyout.description =
  '<p>Prefilled</p><img src=x onerror="window.__pwned=1"><a href="javascript:window.__pwned=1">x</a>';
document.querySelector('#new-case')!.addEventListener('click', () => void flyout.show());
