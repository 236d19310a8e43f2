import { expect } from '@open-wc/testing';
import { waitUntil } from './test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { getResponse, http, HttpResponse } from 'msw';
import { handlers } from '../mocks/handlers.js';
import './components/customer-card/define.js';
import './components/ticket-detail/define.js';
import './components/ticket-history/define.js';
import { ticketsOf } from './test-support/flyout.js';
import './components/case-flyout/define.js';
import { useMockBackend, worker } from './test-support/mock-backend.js';
import { mountInProvider } from './test-support/mount.js';
import { collectUncaught } from './test-support/uncaught.js';

// The payload fuzzer: every read a widget makes, answered with the real answer mutated (seeded, so a
// failure replays): a field deleted, nulled or of another type, a string of 20,000 characters, an
// enum value nobody knows, extra fields, an array where an object belongs, a body cut short, a body
// that is not JSON. Whatever comes, the widget throws nothing, shows no "undefined" or "NaN", and ends
// showing its content, the part it could read with a notice for the rest, or an error that says what
// was wrong: never a skeleton forever.

/** A small, seeded random source (mulberry32): the same seed, the same mutations. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path to a value in `value`, objects and arrays included. */
function paths(value: Json, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const children = Array.isArray(value)
    ? value.slice(0, 3).flatMap((item, index) => paths(item, [...prefix, index]))
    : Object.entries(value).flatMap(([key, item]) => paths(item, [...prefix, key]));
  return [prefix, ...children];
}

const MUTATIONS: Record<string, (value: Json, pick: () => number) => Json> = {
  delete: () => undefined as unknown as Json,
  null: () => null,
  'other type': (value) =>
    typeof value === 'string'
      ? 404
      : typeof value === 'number'
        ? 'many'
        : Array.isArray(value)
          ? { length: 1 }
          : [value],
  'huge string': () => 'W'.repeat(20_000),
  'unknown enum': () => 'teleported_by_owl',
  'extra fields': (value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? { ...value, __proto_x: 1, zzz: { a: [1] } }
      : value,
  'empty object': () => ({}),
  'negative number': (value) => (typeof value === 'number' ? -1 : value),
};

/** `body` with one mutation at one path, picked by `pick`. */
function mutate(body: Json, pick: () => number): { label: string; body: Json } {
  const all = paths(body).filter((path) => path.length > 0);
  const path = all[Math.floor(pick() * all.length)]!;
  const names = Object.keys(MUTATIONS);
  const name = names[Math.floor(pick() * names.length)]!;
  const copy = structuredClone(body);
  let parent = copy as Record<string | number, Json>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, Json>;
  const last = path.at(-1)!;
  const next = MUTATIONS[name]!(parent[last]!, pick);
  if (next === undefined) delete parent[last];
  else parent[last] = next;
  return { label: `${name} at ${path.join('.')}`, body: copy };
}

const BAD_TEXT = /\bundefined\b|\bNaN\b|\[object Object\]|Invalid Date/;

function shownText(root: ParentNode): string {
  const parts: string[] = [];
  for (const node of root.querySelectorAll('*')) {
    for (const name of ['aria-label', 'title', 'placeholder'])
      if (node.hasAttribute(name)) parts.push(node.getAttribute(name)!);
    if (node.shadowRoot) parts.push(shownText(node.shadowRoot));
  }
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) parts.push((walker.currentNode as Text).data);
  return parts.join(' ');
}

/** Content, a notice for what could not be shown, or an error: anything but a skeleton. */
const settled = (root: ShadowRoot, loaded: (root: ShadowRoot) => Element | null) =>
  !root.querySelector('[part="loading"]') &&
  Boolean(
    loaded(root) ||
    root.querySelector('[part="error"], [part="left-out"], [part="inline-error"], [part="empty"]') ||
    [...root.querySelectorAll('p.muted')].length,
  );

describe('the payload fuzzer: every read, answered with the real answer mutated', () => {
  useMockBackend();
  const uncaught = collectUncaught();

  const ticketId = () => ticketsOf('c_1')[0]!.id;
  /** Opens the history's filters, where the lookups and the agents are read. */
  const openFilters = async (history: HTMLElement) => {
    await waitUntil(() => history.shadowRoot!.querySelector('[role="option"]'), 'history loaded', {
      timeout: 4000,
    });
    history.shadowRoot!.querySelector<HTMLButtonElement>('.filters-button')!.click();
  };
  /** Types into the flyout's customer field, where the customer search is read. */
  const searchCustomers = async (flyout: HTMLElement & { show(): Promise<void> }) => {
    await flyout.show();
    await waitUntil(() => flyout.shadowRoot!.querySelector('#customer-input'), 'the form', { timeout: 6000 });
    flyout.shadowRoot!.querySelector<HTMLInputElement>('#customer-input')!.focus();
    await sendKeys({ type: 'ann' });
  };
  const filtersShown = (root: ShadowRoot) =>
    root.querySelector('#filters option[value^="r_"], #filters option[value^="a_"]');
  const READS: {
    read: string;
    route: string;
    mount: () => Promise<HTMLElement>;
    act?: (element: never) => Promise<void>;
    loaded: (root: ShadowRoot) => Element | null;
  }[] = [
    {
      read: 'GET /customers/:id',
      route: '*/api/customers/:id',
      mount: () => mountInProvider('cx-customer-card', 'customer-id="c_1" recent-cases="0"'),
      loaded: (root: ShadowRoot) => root.querySelector('.fields'),
    },
    {
      read: 'GET /tickets',
      route: '*/api/tickets',
      mount: () => mountInProvider('cx-ticket-history', 'customer-id="c_1"'),
      loaded: (root: ShadowRoot) => root.querySelector('[role="option"]'),
    },
    {
      read: 'GET /tickets/:id',
      route: '*/api/tickets/:id',
      mount: () => mountInProvider('cx-ticket-detail', `ticket-id="${ticketId()}"`),
      loaded: (root: ShadowRoot) => root.querySelector('[part~="header"]'),
    },
    {
      read: 'GET /tickets/:id/messages',
      route: '*/api/tickets/:id/messages',
      mount: () => mountInProvider('cx-ticket-detail', `ticket-id="${ticketId()}"`),
      loaded: (root: ShadowRoot) => root.querySelector('.messages'),
    },
    {
      read: 'GET /tickets/:id/notes',
      route: '*/api/tickets/:id/notes',
      mount: () => mountInProvider('cx-ticket-detail', `ticket-id="${ticketId()}"`),
      loaded: (root: ShadowRoot) => root.querySelector('.notes'),
    },
    {
      read: 'GET /tickets/:id/attachments',
      route: '*/api/tickets/:id/attachments',
      mount: () => mountInProvider('cx-ticket-detail', `ticket-id="${ticketId()}"`),
      loaded: (root: ShadowRoot) => root.querySelector('[part="files"] .files'),
    },
    {
      read: 'GET /lookups',
      route: '*/api/lookups',
      mount: () => mountInProvider('cx-ticket-history', 'customer-id="c_1"'),
      act: openFilters,
      loaded: filtersShown,
    },
    {
      read: 'GET /agents',
      route: '*/api/agents',
      mount: () => mountInProvider('cx-ticket-history', 'customer-id="c_1"'),
      act: openFilters,
      loaded: filtersShown,
    },
    {
      read: 'GET /customers?q=',
      route: '*/api/customers',
      mount: () => mountInProvider('cx-case-flyout', ''),
      act: searchCustomers,
      loaded: (root: ShadowRoot) =>
        root.querySelector('#customer-listbox [role="option"], #customer-listbox .no-results'),
    },
  ];
  const PER_READ = 14;

  for (const { read, route, mount, act, loaded } of READS) {
    it(`${read}: ${PER_READ} mutated answers, each ending in something an agent can read`, async function () {
      this.timeout(90_000);
      const failures: string[] = [];
      const served: string[] = [];
      for (let seed = 1; seed <= PER_READ; seed++) {
        const pick = random(seed * 7919);
        let label = '';
        worker.use(
          http.get(route, async ({ request }) => {
            const real = await getResponse(handlers, request);
            const body = (await real!.json()) as Json;
            // A few answers are no JSON at all: cut short, or text.
            if (seed % 7 === 0) {
              label = 'body cut short';
              return new HttpResponse(JSON.stringify(body).slice(0, 40), {
                headers: { 'Content-Type': 'application/json' },
              });
            }
            if (seed % 11 === 0) {
              label = 'not JSON';
              return new HttpResponse('Internal hiccup', { headers: { 'Content-Type': 'text/plain' } });
            }
            const mutated = mutate(body, pick);
            label = mutated.label;
            return HttpResponse.json(mutated.body, { headers: real!.headers });
          }),
        );
        const element = await mount();
        const root = element.shadowRoot!;
        await act?.(element as never);
        try {
          await waitUntil(() => settled(root, loaded), `${read}, seed ${seed}: something readable`, {
            timeout: 6000,
          });
          served.push(label);
          const text = shownText(root);
          const bad = BAD_TEXT.exec(text);
          if (bad) failures.push(`${read}, seed ${seed} (${label}): shows "${bad[0]}"`);
        } catch (error) {
          failures.push(`${read}, seed ${seed} (${label}): ${(error as Error).message}`);
        }
        worker.resetHandlers();
      }
      expect(failures).to.deep.equal([]);
      expect(uncaught, 'nothing thrown uncaught').to.deep.equal([]);
      expect(served.filter(Boolean), 'every mutated answer was served').to.have.length(PER_READ);
    });
  }
});
