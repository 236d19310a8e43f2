import { expect } from '@open-wc/testing';
import { waitUntil } from './test-support/wait.js';
import { http, HttpResponse } from 'msw';
import * as v from 'valibot';
import { CustomerSchema, TicketSchema } from './api/schemas.js';
import type { Customer, Ticket } from './api/types.js';
import './components/customer-card/define.js';
import './components/ticket-detail/define.js';
import './components/ticket-history/define.js';
import { db, useMockBackend, worker } from './test-support/mock-backend.js';
import { mountInProvider } from './test-support/mount.js';
import { ticket } from './test-support/tickets.js';
import { collectUncaught } from './test-support/uncaught.js';

// Every number and every timestamp the contract allows, at its extremes, in every view that shows
// it. The fields are found by walking the schemas, so a field added later is fuzzed too; each value
// is kept only if the schema accepts it (the schema is the contract). Nothing may throw, hang on a
// skeleton, or show NaN, Infinity, "undefined" or "Invalid Date".

const NUMBERS = [0, 0.4, 1, 59, 86_400 * 365 * 100, 1e21, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE];
const TIMESTAMPS = [
  '0001-01-01T00:00:00Z',
  '1970-01-01T00:00:00.000Z',
  '2999-12-31T23:59:59Z',
  '9999-12-31T23:59:59.999Z',
];
const BAD_TEXT = /\bNaN\b|Infinity|\bundefined\b|Invalid Date|\[object Object\]/;

type Field = { path: string[]; kind: 'number' | 'timestamp' };

/** The number and timestamp fields of an object schema, nested objects included. */
function fieldsOf(schema: v.GenericSchema, path: string[] = []): Field[] {
  const node = schema as v.GenericSchema & {
    wrapped?: v.GenericSchema;
    entries?: Record<string, v.GenericSchema>;
    pipe?: { type: string }[];
  };
  if (node.wrapped) return fieldsOf(node.wrapped, path);
  if (node.type === 'object' && node.entries)
    return Object.entries(node.entries).flatMap(([key, entry]) => fieldsOf(entry, [...path, key]));
  if (node.type === 'number') return [{ path, kind: 'number' }];
  if (node.type === 'string' && node.pipe?.some((item) => item.type === 'iso_timestamp'))
    return [{ path, kind: 'timestamp' }];
  return [];
}

/** `base` with `value` at `path` (nested objects created as needed). */
function withValue<T>(base: T, path: string[], value: unknown): T {
  const copy = structuredClone(base) as Record<string, unknown>;
  let target = copy;
  for (const key of path.slice(0, -1)) {
    target[key] = { state: 'pending', ...((target[key] as object | null) ?? {}) };
    target = target[key] as Record<string, unknown>;
  }
  target[path.at(-1)!] = value;
  return copy as T;
}

/** Every (field, extreme) pair the schema accepts, as a fuzzed copy of `base`. */
function cases<T>(schema: v.GenericSchema, base: T): { label: string; value: T }[] {
  return fieldsOf(schema).flatMap(({ path, kind }) =>
    (kind === 'number' ? NUMBERS : TIMESTAMPS)
      .map((extreme) => ({ label: `${path.join('.')} = ${extreme}`, value: withValue(base, path, extreme) }))
      .filter(({ value }) => v.safeParse(schema, value).success),
  );
}

function shownText(root: ShadowRoot): string {
  return [...root.querySelectorAll('*')]
    .flatMap((node) => [...node.childNodes].filter((child) => child.nodeType === Node.TEXT_NODE))
    .map((child) => child.textContent)
    .concat(
      [...root.querySelectorAll('[aria-label], [title]')].map(
        (node) => node.getAttribute('aria-label') ?? node.getAttribute('title'),
      ),
    )
    .join(' ');
}

describe('extremes: every number and timestamp the contract allows, in every view', () => {
  useMockBackend();
  const uncaught = collectUncaught();

  const fullTicket = ticket({
    closedAt: new Date().toISOString(),
    firstResponseSeconds: 300,
    handleSeconds: 900,
    csat: 4,
    messageCount: 3,
    sla: { firstResponseDueAt: new Date().toISOString(), state: 'met' },
  });

  it('finds the fields to fuzz in the schemas', () => {
    const ticketFields = fieldsOf(TicketSchema).map((field) => field.path.join('.'));
    expect(ticketFields).to.include.members([
      'handleSeconds',
      'firstResponseSeconds',
      'csat',
      'createdAt',
      'sla.resolveDueAt',
    ]);
    expect(cases(TicketSchema, fullTicket).length).to.be.greaterThan(20);
  });

  it('the history row and the ticket detail show each extreme ticket', async function () {
    this.timeout(120_000);
    const failures: string[] = [];
    for (const { label, value } of cases<Ticket>(TicketSchema, fullTicket)) {
      worker.use(
        http.get('*/api/tickets', () => HttpResponse.json({ items: [value], nextCursor: null })),
        http.get('*/api/tickets/:id', () => HttpResponse.json(value)),
        http.get('*/api/tickets/:id/:list', () => HttpResponse.json({ items: [], nextCursor: null })),
      );
      const history = await mountInProvider('cx-ticket-history', 'customer-id="c_test"');
      await waitUntil(() => history.shadowRoot!.querySelector('[role="option"]'), `a row for ${label}`, {
        timeout: 4000,
      });
      const rowText = shownText(history.shadowRoot!);
      if (BAD_TEXT.test(rowText)) failures.push(`history, ${label}: ${rowText.match(BAD_TEXT)![0]}`);
      const detail = await mountInProvider('cx-ticket-detail', `ticket-id="${value.id}"`);
      await waitUntil(() => detail.shadowRoot!.querySelector('[part~="header"]'), `the detail of ${label}`, {
        timeout: 4000,
      });
      const detailText = shownText(detail.shadowRoot!);
      if (BAD_TEXT.test(detailText)) failures.push(`detail, ${label}: ${detailText.match(BAD_TEXT)![0]}`);
      worker.resetHandlers();
    }
    expect(failures).to.deep.equal([]);
    expect(uncaught, 'nothing thrown').to.deep.equal([]);
  });

  it('the customer card shows each extreme number and date field', async function () {
    this.timeout(60_000);
    const outcome = db.getCustomer('c_1');
    const base = (outcome.ok ? outcome.value : {}) as Customer;
    const fields = JSON.stringify([
      { key: 'attributes.score', type: 'number' },
      { key: 'attributes.since', type: 'date' },
    ]);
    const failures: string[] = [];
    const attributeCases = [
      ...NUMBERS.map((number) => ({
        label: `score = ${number}`,
        attributes: { score: number, since: '2024-01-01' },
      })),
      ...TIMESTAMPS.map((stamp) => ({ label: `since = ${stamp}`, attributes: { score: 1, since: stamp } })),
      ...cases<Customer>(CustomerSchema, base).map(({ label, value }) => ({ label, customer: value })),
    ];
    for (const item of attributeCases) {
      const customer =
        'customer' in item
          ? item.customer!
          : { ...base, attributes: { ...base.attributes, ...item.attributes } };
      worker.use(
        http.get('*/api/customers/:id', () => HttpResponse.json(customer, { headers: { ETag: '"1"' } })),
      );
      const card = await mountInProvider(
        'cx-customer-card',
        `customer-id="c_1" recent-cases="0" fields='${fields}'`,
      );
      await waitUntil(() => card.shadowRoot!.querySelector('.fields'), `the card with ${item.label}`, {
        timeout: 4000,
      });
      const text = shownText(card.shadowRoot!);
      if (BAD_TEXT.test(text)) failures.push(`card, ${item.label}: ${text.match(BAD_TEXT)![0]}`);
      worker.resetHandlers();
    }
    expect(failures).to.deep.equal([]);
    expect(uncaught, 'nothing thrown').to.deep.equal([]);
  });
});
