import { mockControl } from '../mocks/browser.js';
import { startSandbox } from './shell.js';

// Every widget with the switches an evaluator wants: customer, network conditions of the mock
// backend, a hostile host stylesheet, and a log of every cx-* event the widgets fire.

await startSandbox();

const $ = <T extends Element>(selector: string) => document.querySelector<T>(selector)!;
const card = $<HTMLElementTagNameMap['cx-customer-card']>('#pg-card');
const ticketHistory = $<HTMLElementTagNameMap['cx-ticket-history']>('#pg-history');
const flyout = $<HTMLElementTagNameMap['cx-case-flyout']>('#pg-flyout');
const customer = $<HTMLSelectElement>('#customer');

// The settings live in the URL (the mock backend reads `mock-*` parameters as the page starts),
// so "Reload widgets" starts fresh under the same conditions.
const params = new URLSearchParams(location.search);
const latency = $<HTMLSelectElement>('#latency');
const errorRate = $<HTMLSelectElement>('#error-rate');
const offline = $<HTMLInputElement>('#offline');
const malformed = $<HTMLInputElement>('#malformed');
customer.value = params.get('customer') ?? customer.value;
latency.value = params.get('mock-latency') ?? latency.value;
errorRate.value = params.get('mock-error-rate') ?? errorRate.value;
offline.checked = params.has('mock-offline');
malformed.checked = params.has('mock-malformed');

function showCustomer(): void {
  card.customerId = customer.value;
  ticketHistory.customerId = customer.value;
  flyout.customerId = customer.value;
}
showCustomer();

function applySettings(): void {
  const [min, max] = latency.value.split('-').map(Number);
  mockControl.setScenario({
    latency: max === undefined ? min! : [min!, max],
    errorRate: Number(errorRate.value),
    offline: offline.checked,
    malformed: malformed.checked,
  });
  const next = new URLSearchParams({
    customer: customer.value,
    'mock-latency': latency.value,
    'mock-error-rate': errorRate.value,
  });
  if (offline.checked) next.set('mock-offline', '');
  if (malformed.checked) next.set('mock-malformed', '');
  window.history.replaceState(null, '', `?${next}`);
  showCustomer();
}
for (const control of [customer, latency, errorRate, offline, malformed])
  control.addEventListener('change', applySettings);

$('#reload-widgets').addEventListener('click', () => location.reload());

// A host stylesheet that tries its worst on everything; the widgets' shadow roots keep it out.
const hostile = document.createElement('link');
hostile.rel = 'stylesheet';
hostile.href = new URL('./hostile.css', location.href).href;
$<HTMLInputElement>('#hostile-styles').addEventListener('change', (event) => {
  if ((event.target as HTMLInputElement).checked) document.head.append(hostile);
  else hostile.remove();
});

$('#new-case').addEventListener('click', () => void flyout.show());

// Every cx-* event, as the host page receives them (they bubble and are composed).
const EVENTS = [
  'cx-ticket-open',
  'cx-ticket-history-load',
  'cx-view-all-tickets',
  'cx-customer-updated',
  'cx-activity-start',
  'cx-case-created',
  'cx-case-updated',
  'cx-case-expand',
  'cx-flyout-close',
  'cx-error',
  'cx-auth-required',
];
const log = $<HTMLOListElement>('#event-log');
for (const name of EVENTS) {
  document.addEventListener(name, (event) => {
    const item = document.createElement('li');
    const time = document.createElement('time');
    time.textContent = new Date().toLocaleTimeString();
    const label = document.createElement('code');
    label.textContent = name;
    const detail = document.createElement('span');
    detail.textContent = summarize((event as CustomEvent).detail);
    item.append(time, label, detail);
    log.prepend(item);
    while (log.children.length > 100) log.lastElementChild!.remove();
  });
}
$('#clear-log').addEventListener('click', () => log.replaceChildren());

function summarize(detail: unknown): string {
  try {
    const text = JSON.stringify(detail, (_key, value: unknown) =>
      value instanceof Error
        ? `${value.name}: ${value.message}`
        : value instanceof Blob
          ? `[file ${value.size} B]`
          : value,
    );
    return text.length > 160 ? `${text.slice(0, 160)}…` : text;
  } catch {
    return String(detail);
  }
}
