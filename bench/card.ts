// Bench page for <cx-customer-card>: one edit round trip is the pencil clicked, a new Company typed,
// Enter, the optimistic value shown, the save answered and the field back in view mode with the
// saved value. The data source answers at once, so what is measured is the card's own work. The
// runner calls `window.benchRoundTrips(n)` between reads of Chromium's script-time counter.
import '../src/components/provider/define.js';
import '../src/components/customer-card/define.js';
import type { Customer, CxCustomerCard, CxProvider } from '../src/index.js';
import { benchDataSource, median, until } from './fixtures.js';

const NOW = new Date().toISOString();
let customer: Customer = {
  id: 'c_1',
  name: 'Anna Kowalska',
  email: 'anna@example.com',
  phone: '+48 600 100 200',
  company: 'Kowalski i Syn',
  labels: ['VIP', 'Wholesale'],
  owner: { id: 'a_2', name: 'Marcus Lee' },
  channels: [{ type: 'email', handle: 'anna@example.com' }],
  attributes: { plan: 'Plus' },
  createdAt: NOW,
  updatedAt: NOW,
};
let version = 1;

const provider = document.createElement('cx-provider') as CxProvider;
provider.dataSource = {
  ...benchDataSource([]),
  getCustomer: async () => ({ data: customer, version: `"v${version}"` }),
  updateCustomer: async (_id, patch) => {
    customer = { ...customer, ...patch, updatedAt: new Date().toISOString() } as Customer;
    version += 1;
    return { data: customer, version: `"v${version}"` };
  },
};
const card = document.createElement('cx-customer-card') as CxCustomerCard;
card.setAttribute('recent-cases', '0');
card.customerId = 'c_1';
provider.append(card);
document.getElementById('stage')!.append(provider);

const root = () => card.shadowRoot!;
const companyField = () => root().querySelector<HTMLElement>('.field[data-key="company"]');
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

let round = 0;
/** One edit round trip; resolves once the saved value is shown in view mode. */
async function roundTrip(): Promise<void> {
  round += 1;
  const value = `Kowalski i Syn ${round}`;
  const saved = new Promise((resolve) =>
    card.addEventListener('cx-customer-updated', resolve, { once: true }),
  );
  companyField()!.querySelector<HTMLButtonElement>('button[aria-label^="Edit"]')!.click();
  await card.updateComplete;
  const editor = companyField()!.querySelector<HTMLInputElement>('.editor')!;
  editor.value = value;
  editor.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
  await saved;
  await card.updateComplete;
  const field = companyField()!;
  if (field.dataset.state !== 'view' || field.querySelector('.value')!.textContent!.trim() !== value)
    throw new Error(`round trip ${round} did not end with "${value}" shown`);
}

/** Runs `count` round trips; returns their median wall time (the counter read is the runner's). */
async function benchRoundTrips(count: number): Promise<number> {
  const times: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const start = performance.now();
    await roundTrip();
    times.push(performance.now() - start);
    await frame();
  }
  return median(times);
}

await until(() => companyField() !== null);
await benchRoundTrips(5); // warm-up: the first edit also builds the editor's templates
Object.assign(window, { benchRoundTrips, benchReady: true });
