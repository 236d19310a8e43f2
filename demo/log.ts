import { followAddress, startSandbox } from './shell.js';

// The interaction log over the mock world's 100,000 service records. Its filters and sort live in
// the address (`?sla=breached&sort=handleSeconds&order=desc`), as a host would keep them.

await startSandbox();
followAddress(document.querySelector('cx-interaction-log')!, 'cx-log-view-change');
