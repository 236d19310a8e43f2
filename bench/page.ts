// Bench page: a helpdesk page with the card (recent cases included), the history and the New case
// flyout on one customer, over the REST data source (`?api=` is the mock server's base URL). The
// runner counts the requests the browser makes while everything loads and the flyout opens.
import '../src/define.js';
import type { CxCaseFlyout, CxProvider } from '../src/index.js';

const api = new URLSearchParams(location.search).get('api')!;
const provider = document.createElement('cx-provider') as CxProvider;
provider.setAttribute('base-url', api);
const card = document.createElement('cx-customer-card');
card.setAttribute('customer-id', 'c_1');
const history = document.createElement('cx-ticket-history');
history.setAttribute('customer-id', 'c_1');
const button = document.createElement('button');
button.id = 'new-case';
button.textContent = 'New case';
const flyout = document.createElement('cx-case-flyout') as CxCaseFlyout;
flyout.setAttribute('customer-id', 'c_1');
flyout.setAttribute('anchor', 'new-case');
button.addEventListener('click', () => void flyout.show());
provider.append(card, history, button, flyout);
document.getElementById('stage')!.append(provider);
