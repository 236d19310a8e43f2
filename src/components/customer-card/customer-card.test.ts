import { expect, fixture, fixtureCleanup, html, nextFrame } from '@open-wc/testing';
import { waitUntil } from '../../test-support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import type { Customer } from '../../api/types.js';
import '../provider/define.js';
import type { CxProvider } from '../provider/provider.js';
import { nextEvent } from '../../test-support/events.js';
import { mountInProvider } from '../../test-support/mount.js';
import { announced, announcementMark } from '../../test-support/announcements.js';
import { expectSame } from '../../test-support/same.js';
import {
  db,
  requestHeaders,
  requestLog,
  requestsTo,
  useMockBackend,
  worker,
} from '../../test-support/mock-backend.js';
import './define.js';
import type { CxCustomerCard } from './customer-card.js';

const ANNA: Partial<Customer> = {
  name: 'Anna Kowalska',
  email: 'anna@example.com',
  phone: '+48 600 100 200',
  company: 'Kowalski i Syn',
  avatarUrl: null,
  labels: ['VIP', 'Wholesale'],
  owner: { id: 'a_2', name: 'Marcus Lee' },
  channels: [
    { type: 'email', handle: 'anna@example.com' },
    { type: 'whatsapp', handle: '+48600100200' },
  ],
  attributes: {
    plan: 'Plus',
    website: 'https://anna.example.com',
    lifetimeValue: 12345.5,
    birthday: '1990-04-05',
  },
};

const EXTRA_FIELDS = JSON.stringify([
  { key: 'name', required: true },
  { key: 'email', type: 'email' },
  { key: 'phone', type: 'phone' },
  {
    key: 'attributes.plan',
    type: 'select',
    label: { en: 'Plan', pl: 'Pakiet' },
    options: ['Free', 'Plus', { value: 'Business', label: 'Business (annual)' }],
  },
  { key: 'attributes.website', type: 'url', label: 'Website' },
  { key: 'attributes.lifetimeValue', type: 'number', label: 'Lifetime value', copyable: false },
  { key: 'attributes.birthday', type: 'date', label: 'Birthday', editable: false },
]);

function seedAnna(overrides: Partial<Customer> = {}): void {
  const outcome = db.getCustomer('c_1') as { value: Customer };
  Object.assign(outcome.value, ANNA, overrides);
}

const mount = (attributes = 'customer-id="c_1"', lang = 'en'): Promise<CxCustomerCard> =>
  mountInProvider('cx-customer-card', attributes, lang);

const root = (el: CxCustomerCard) => el.shadowRoot!;
const $ = <T extends Element = HTMLElement>(el: CxCustomerCard, selector: string) =>
  root(el).querySelector<T & Element>(selector) as T | null;
const field = (el: CxCustomerCard, key: string) => $(el, `.field[data-key="${key}"]`)!;
const valueText = (el: CxCustomerCard, key: string) =>
  field(el, key).querySelector('.value')!.textContent!.trim();
const editor = (el: CxCustomerCard, key: string) => field(el, key).querySelector<HTMLInputElement>('.editor');
const button = (el: CxCustomerCard, key: string, label: RegExp) =>
  [...field(el, key).querySelectorAll<HTMLButtonElement>('button')].find((item) =>
    label.test(item.getAttribute('aria-label') ?? item.textContent!.trim()),
  )!;
/** Waits for colour transitions (after a theme switch) to end, so axe measures the final colours. */
const settled = async (el: CxCustomerCard) => {
  await el.updateComplete;
  await Promise.all(
    root(el)
      .getAnimations()
      .filter((animation) => animation instanceof CSSTransition)
      .map((animation) => animation.finished),
  );
};
const loaded = (el: CxCustomerCard) => waitUntil(() => $(el, '.fields'), 'card renders', { timeout: 4000 });
const patches = () => requestsTo('PATCH /api/customers/');
/** The If-Match header of each PATCH so far. */
const ifMatches = () =>
  requestLog.flatMap((line, index) =>
    line.startsWith('PATCH /api/customers/') ? [requestHeaders[index]!.get('If-Match')] : [],
  );

/** Holds PATCH requests until `release()`; then they go on to the mock backend, or get `reply`. */
function holdPatches(reply?: () => Response) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  worker.use(
    http.patch('*/api/customers/:id', async () => {
      await gate;
      return reply?.();
    }),
  );
  return { release };
}

async function typeInto(el: CxCustomerCard, key: string, text: string): Promise<void> {
  const input = editor(el, key)!;
  input.focus();
  input.select();
  await sendKeys({ type: text });
}

describe('<cx-customer-card>', () => {
  useMockBackend();
  beforeEach(() => seedAnna());

  it('shows initials, name, company, labels, owner and channels with named icons', async () => {
    const el = await mount();
    await loaded(el);
    const avatar = $(el, '[part="avatar"]')!;
    expect(avatar.textContent!.trim()).to.equal('AK');
    expect(avatar.className).to.match(/hue-[0-7]/);
    expect($(el, '[part="name"]')!.textContent!.trim()).to.equal('Anna Kowalska');
    expect($(el, '[part="name"]')!.getAttribute('role')).to.equal('heading');
    expect($(el, '.company')!.textContent!.trim()).to.equal('Kowalski i Syn');
    expect($(el, '.owner')!.textContent!.trim()).to.equal('Owner: Marcus Lee');
    const labels = [...root(el).querySelectorAll('.label')];
    expect(labels.map((label) => label.textContent!.trim())).to.deep.equal(['VIP', 'Wholesale']);
    expect(labels[0]!.classList.contains('label--vip')).to.equal(true);
    const channels = [...root(el).querySelectorAll('.channel')];
    expect(channels.map((item) => item.querySelector('svg')!.getAttribute('aria-label'))).to.deep.equal([
      'Email',
      'WhatsApp',
    ]);
    expect(channels[1]!.querySelector('.handle')!.textContent!.trim()).to.equal('+48600100200');
    // Default fields.
    expect([...root(el).querySelectorAll('.field-label')].map((label) => label.textContent)).to.deep.equal([
      'Name',
      'Email',
      'Phone',
      'Company',
    ]);
  });

  it('shows the photo when there is one, and initials if it fails to load', async () => {
    seedAnna({ avatarUrl: '/no-such-photo.png' });
    const el = await mount();
    await loaded(el);
    await waitUntil(() => !$(el, '[part="avatar"] img'), 'falls back to initials', { timeout: 4000 });
    expect($(el, '[part="avatar"]')!.textContent!.trim()).to.equal('AK');
    seedAnna({ avatarUrl: 'javascript:alert(1)' });
    const unsafe = await mount();
    await loaded(unsafe);
    expect($(unsafe, '[part="avatar"] img')).to.equal(null);
  });

  it('renders configured fields by type, with localized labels, from the JSON attribute', async () => {
    const el = await mount(`customer-id="c_1" fields='${EXTRA_FIELDS}'`, 'pl-PL');
    await loaded(el);
    const labels = [...root(el).querySelectorAll('.field-label')].map((label) => label.textContent);
    expect(labels).to.deep.equal([
      'Imię i nazwisko',
      'E-mail',
      'Telefon',
      'Pakiet',
      'Website',
      'Lifetime value',
      'Birthday',
    ]);
    expect(valueText(el, 'attributes.plan')).to.equal('Plus');
    expect(valueText(el, 'attributes.lifetimeValue').replace(/\s/g, ' ')).to.equal('12 345,5');
    expect(valueText(el, 'attributes.birthday')).to.equal('5 kwi 1990');
    const link = field(el, 'attributes.website').querySelector('a')!;
    expect(link.href).to.equal('https://anna.example.com/');
    expect(link.target).to.equal('_blank');
    expect(link.rel).to.equal('noopener noreferrer');
    // Read-only and not copyable, as configured.
    expect(field(el, 'attributes.birthday').querySelector('[aria-label^="Edytuj"]')).to.equal(null);
    expect(field(el, 'attributes.lifetimeValue').querySelector('[aria-label^="Kopiuj"]')).to.equal(null);
  });

  it('falls back to the default fields, with a console error, when the attribute is not JSON', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const el = await mount(`customer-id="c_1" recent-cases="0" fields='[{"key":'`);
      await loaded(el);
      expect(root(el).querySelectorAll('.field').length).to.equal(4);
      // Only this message matters: a request of an earlier test may log while this one runs.
      expect(errors.some((args) => String(args[0]).includes('not valid JSON'))).to.equal(true);
    } finally {
      console.error = original;
    }
  });

  it('edits with the pencil: Enter saves optimistically with If-Match, then reports the update', async () => {
    const el = await mount();
    await loaded(el);
    const etag = (db.getCustomer('c_1') as { etag: string }).etag;
    button(el, 'email', /^Edit Email/).click();
    await el.updateComplete;
    expectSame(root(el).activeElement, editor(el, 'email'), 'focus in the editor');
    const held = holdPatches();
    await typeInto(el, 'email', 'anna.k@example.com');
    const updated = nextEvent(el, 'cx-customer-updated');
    const mark = announcementMark();
    await sendKeys({ press: 'Enter' });
    // The new value shows at once, marked as saving.
    await waitUntil(() => field(el, 'email').dataset.state === 'saving', 'saving state');
    expect(valueText(el, 'email')).to.equal('anna.k@example.com');
    expect(field(el, 'email').querySelector('.saving')!.textContent).to.contain('Saving');
    held.release();
    const event = await updated;
    expect(event.detail.customer.email).to.equal('anna.k@example.com');
    expect(event.detail.changes).to.deep.equal({ email: 'anna.k@example.com' });
    expect(patches()).to.have.length(1);
    expect(ifMatches()).to.deep.equal([etag]);
    await waitUntil(() => field(el, 'email').dataset.state === 'view', 'saved');
    await announced('Customer card: Email saved', { since: mark });
    expectSame(root(el).activeElement, field(el, 'email').querySelector('.value'), 'focus back on the value');
  });

  it('moves between fields with the arrows; Enter or F2 edits; Escape cancels without a request', async () => {
    const el = await mount();
    await loaded(el);
    const value = (key: string) => field(el, key).querySelector<HTMLElement>('.value')!;
    expect(value('name').tabIndex).to.equal(0);
    expect(value('email').tabIndex).to.equal(-1);
    value('name').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expectSame(root(el).activeElement, value('email'));
    expect(value('email').tabIndex).to.equal(0);
    expect(value('name').tabIndex).to.equal(-1);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expectSame(root(el).activeElement, value('company'));
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expectSame(root(el).activeElement, value('name'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'F2' });
    await el.updateComplete;
    expectSame(root(el).activeElement, editor(el, 'email'), 'F2 edits');
    await sendKeys({ type: 'changed' });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(editor(el, 'email')).to.equal(null);
    expect(valueText(el, 'email')).to.equal('anna@example.com');
    expectSame(root(el).activeElement, value('email'), 'focus back after Escape');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expectSame(root(el).activeElement, editor(el, 'email'), 'Enter edits');
    expect(patches()).to.have.length(0);
  });

  it('refuses a bad email, phone, URL or an empty required field with a message on the field', async () => {
    const el = await mount(`customer-id="c_1" fields='${EXTRA_FIELDS}'`);
    await loaded(el);
    const cases: [string, string, string][] = [
      ['email', 'anna@', 'Enter an email address like name@example.com.'],
      ['phone', 'call me', 'Enter a phone number: digits, spaces, +, - and brackets.'],
      ['attributes.website', 'javascript:alert(1)', 'Enter a web address starting with http:// or https://.'],
      ['name', '   ', 'This field is required.'],
    ];
    for (const [key, text, message] of cases) {
      button(el, key, /^Edit /).click();
      await el.updateComplete;
      await typeInto(el, key, text);
      const mark = announcementMark();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const input = editor(el, key)!;
      expect(input.getAttribute('aria-invalid'), key).to.equal('true');
      const error = root(el).getElementById(input.getAttribute('aria-describedby')!)!;
      expect(error.textContent!.trim()).to.equal(message);
      // Said at once (the live region used to keep saying "Company saved").
      const said = await announced(/^Customer card: /, { since: mark, politeness: 'assertive' });
      expect(said.endsWith(`: ${message}`), said).to.equal(true);
      expectSame(root(el).activeElement, input, `focus stays in ${key}`);
      await sendKeys({ press: 'Escape' });
    }
    expect(patches()).to.have.length(0);
  });

  it('rolls back a refused save with the reason, and keeps what was typed for Try again or Edit', async () => {
    const el = await mount();
    await loaded(el);
    const held = holdPatches(() =>
      HttpResponse.json(
        { type: 'about:blank', title: 'Customer records are read-only during maintenance', status: 503 },
        { status: 503, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const errorEvent = nextEvent(el, 'cx-error');
    button(el, 'company', /^Edit /).click();
    await el.updateComplete;
    await typeInto(el, 'company', 'Nowak Logistics');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => valueText(el, 'company') === 'Nowak Logistics', 'optimistic value');
    held.release();
    await errorEvent;
    await waitUntil(() => field(el, 'company').dataset.state === 'failed', 'failure shown', {
      timeout: 6000,
    });
    expect(valueText(el, 'company')).to.equal('Kowalski i Syn');
    const notice = field(el, 'company').querySelector('.notice--error')!;
    await announced(/^Customer card: Company was not saved: Customer records are read-only/, {
      politeness: 'assertive',
    });
    expect(notice.textContent).to.contain(
      'Company was not saved: Customer records are read-only during maintenance',
    );
    expect(notice.textContent).to.contain('Your change is kept');
    expectSame(root(el).activeElement, button(el, 'company', /^Try again$/), 'focus on Try again');
    // Edit brings back the typed value…
    button(el, 'company', /^Edit$/).click();
    await el.updateComplete;
    expect(editor(el, 'company')!.value).to.equal('Nowak Logistics');
    // …and once the server accepts again, it saves.
    worker.resetHandlers();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field(el, 'company').dataset.state === 'view', 'saved');
    expect(valueText(el, 'company')).to.equal('Nowak Logistics');
    expect((db.getCustomer('c_1') as { value: Customer }).value.company).to.equal('Nowak Logistics');
  });

  it("shows the server's 422 message on the field, with the typed value kept", async () => {
    const fields = JSON.stringify([{ key: 'attributes.website', label: 'Website' }]); // text: the server decides
    const el = await mount(`customer-id="c_1" fields='${fields}'`);
    await loaded(el);
    button(el, 'attributes.website', /^Edit /).click();
    await el.updateComplete;
    await typeInto(el, 'attributes.website', 'ftp://files.example.com');
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => editor(el, 'attributes.website')?.getAttribute('aria-invalid') === 'true',
      'field error',
      {
        timeout: 4000,
      },
    );
    const input = editor(el, 'attributes.website')!;
    expect(input.value).to.equal('ftp://files.example.com');
    expect(root(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent!.trim()).to.equal(
      'Use an http:// or https:// address.',
    );
    expectSame(root(el).activeElement, input);
    expect(patches()).to.have.length(1);
  });

  async function conflict() {
    const el = await mount();
    await loaded(el);
    const firstEtag = (db.getCustomer('c_1') as { etag: string }).etag;
    // A colleague saves first, and this page does not hear of it (its live stream would tell it).
    db.changes.quietly(() => db.updateCustomer('c_1', { email: 'colleague@example.com' }, firstEtag));
    const secondEtag = (db.getCustomer('c_1') as { etag: string }).etag;
    button(el, 'email', /^Edit /).click();
    await el.updateComplete;
    await typeInto(el, 'email', 'mine@example.com');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field(el, 'email').dataset.state === 'conflict', 'conflict shown', {
      timeout: 4000,
    });
    expect(ifMatches()).to.deep.equal([firstEtag]);
    const notice = field(el, 'email').querySelector('.notice--conflict')!;
    expect(notice.textContent).to.contain('Someone else changed Email');
    expect(notice.querySelector('.theirs')!.textContent!.trim()).to.equal('colleague@example.com');
    expect(notice.querySelector('.yours')!.textContent!.trim()).to.equal('mine@example.com');
    expect(valueText(el, 'email')).to.equal('colleague@example.com');
    expectSame(root(el).activeElement, button(el, 'email', /^Keep mine$/));
    return { el, firstEtag, secondEtag };
  }

  it('keeps what the agent is typing when a live update brings a colleague’s change, and saves against the new version', async () => {
    const el = await mount();
    await loaded(el);
    await waitUntil(() => el.client?.live.status === 'live', 'the live stream open', { timeout: 4000 });
    button(el, 'email', /^Edit /).click();
    await el.updateComplete;
    await typeInto(el, 'email', 'mine@example.com');
    const asked = requestsTo('GET /api/customers/c_1').length;
    // A colleague changes the company meanwhile; this page hears of it on its live stream.
    const etag = (db.getCustomer('c_1') as { etag: string }).etag;
    db.updateCustomer('c_1', { company: 'Moved Ltd' }, etag);
    await waitUntil(() => requestsTo('GET /api/customers/c_1').length > asked, 'refetched', {
      timeout: 4000,
    });
    await waitUntil(() => valueText(el, 'company') === 'Moved Ltd', 'their change shown', { timeout: 4000 });
    expect(editor(el, 'email')!.value).to.equal('mine@example.com');
    expectSame(root(el).activeElement, editor(el, 'email'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field(el, 'email').dataset.state !== 'saving', 'answered', { timeout: 4000 });
    const saved = (db.getCustomer('c_1') as { value: Customer }).value;
    // The card took the new version with the refetch: the save goes through, nothing conflicts.
    expect(field(el, 'email').dataset.state).to.equal('view');
    expect(saved.email).to.equal('mine@example.com');
    expect(saved.company).to.equal('Moved Ltd');
  });

  it('on 412, "Keep mine" saves again against the new version', async () => {
    const { el, firstEtag, secondEtag } = await conflict();
    button(el, 'email', /^Keep mine$/).click();
    await waitUntil(() => field(el, 'email').dataset.state === 'view', 'saved', { timeout: 4000 });
    expect(ifMatches()).to.deep.equal([firstEtag, secondEtag]);
    expect(valueText(el, 'email')).to.equal('mine@example.com');
    expect((db.getCustomer('c_1') as { value: Customer }).value.email).to.equal('mine@example.com');
  });

  it('on 412, "Use theirs" keeps the server\'s value and sends nothing', async () => {
    const { el } = await conflict();
    button(el, 'email', /^Use theirs$/).click();
    await el.updateComplete;
    expect(field(el, 'email').dataset.state).to.equal('view');
    expect(valueText(el, 'email')).to.equal('colleague@example.com');
    await announced(/^Customer card: .*their value kept/);
    expect(patches()).to.have.length(1);
  });

  it('copies a value and announces it; shows it selected when the clipboard is refused', async () => {
    const el = await mount();
    await loaded(el);
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const originalWrite = clipboard.writeText;
    const originalExec = document.execCommand;
    try {
      clipboard.writeText = (text: string) => {
        copied.push(text);
        return Promise.resolve();
      };
      const mark = announcementMark();
      button(el, 'email', /^Copy /).click();
      await announced('Customer card: Email copied', { since: mark });
      expect(copied).to.deep.equal(['anna@example.com']);

      clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
      document.execCommand = () => false;
      button(el, 'phone', /^Copy /).click();
      await waitUntil(() => field(el, 'phone').querySelector('.manual-copy'), 'manual fallback');
      const input = field(el, 'phone').querySelector<HTMLInputElement>('.manual-copy input')!;
      expect(input.value).to.equal('+48 600 100 200');
      expectSame(root(el).activeElement, input);
      expect([input.selectionStart, input.selectionEnd]).to.deep.equal([0, input.value.length]);
      expect(field(el, 'phone').textContent).to.contain('press Ctrl+C');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(field(el, 'phone').querySelector('.manual-copy')).to.equal(null);
      expectSame(
        root(el).activeElement,
        field(el, 'phone').querySelector('.value'),
        'focus back on the value',
      );
    } finally {
      clipboard.writeText = originalWrite;
      document.execCommand = originalExec;
    }
  });

  it('starts an email or call through a cancelable cx-activity-start, with safe links', async () => {
    const el = await mount();
    await loaded(el);
    const email = $<HTMLAnchorElement>(el, 'a[data-kind="email"]')!;
    const call = $<HTMLAnchorElement>(el, 'a[data-kind="call"]')!;
    expect(email.getAttribute('href')).to.equal('mailto:anna@example.com');
    expect(call.getAttribute('href')).to.equal('tel:+48600100200');
    // What the browser would do with the click: recorded, then stopped so the test page stays.
    const clicks: boolean[] = [];
    const afterCard = (event: Event) => {
      clicks.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', afterCard);
    try {
      const notCancelled = nextEvent(el, 'cx-activity-start');
      email.click();
      const event = await notCancelled;
      expect(event.detail.kind).to.equal('email');
      expect(event.detail.value).to.equal('anna@example.com');
      expect(event.detail.customer.id).to.equal('c_1');
      expect(clicks).to.deep.equal([false]); // the mailto: link opens

      const takeOver = (e: Event) => e.preventDefault();
      el.addEventListener('cx-activity-start', takeOver, { once: true });
      const cancelled = nextEvent(el, 'cx-activity-start');
      call.click();
      expect((await cancelled).detail.kind).to.equal('call');
      expect(clicks).to.deep.equal([false, true]); // the host opened its dialer instead
    } finally {
      window.removeEventListener('click', afterCard);
    }
    // Nothing can be smuggled into a mailto: (extra recipients, headers).
    seedAnna({ email: 'anna@example.com?bcc=spy@evil.test', phone: '+48 600 <b>' });
    const sneaky = await mount();
    await loaded(sneaky);
    expect($(sneaky, '[part="actions"]')).to.equal(null);
  });

  it('shares the customer through the cache: two cards make one GET and both show an edit', async () => {
    fixtureCleanup();
    const provider = await fixture<CxProvider>(
      html`<cx-provider base-url="/api">
        <cx-customer-card customer-id="c_1" recent-cases="0"></cx-customer-card>
        <cx-customer-card customer-id="c_1" recent-cases="0"></cx-customer-card>
      </cx-provider>`,
    );
    const [first, second] = [...provider.querySelectorAll('cx-customer-card')] as CxCustomerCard[];
    await loaded(first!);
    await loaded(second!);
    expect(requestsTo('GET /api/customers/c_1')).to.have.length(1);
    button(first!, 'company', /^Edit /).click();
    await first!.updateComplete;
    await typeInto(first!, 'company', 'Shared Ltd');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => valueText(second!, 'company') === 'Shared Ltd', 'the other card shows the edit');
    await waitUntil(() => field(first!, 'company').dataset.state === 'view', 'saved');
    expect(valueText(second!, 'company')).to.equal('Shared Ltd');
  });

  it('lists recent cases in the compact ticket history, with "View all"', async () => {
    const el = await mount('customer-id="c_2" recent-cases="2"');
    await loaded(el);
    const options = () => $(el, 'cx-ticket-history')?.shadowRoot?.querySelectorAll('[role="option"]') ?? [];
    await waitUntil(() => options().length === 2, 'two cases', { timeout: 4000 });
    const request = requestsTo('GET /api/tickets?').at(-1)!;
    expect(request).to.contain('customerId=c_2');
    // The same first page a history panel asks for, so the two on one page share it.
    expect(request).to.contain('limit=25');
    const viewAll = nextEvent(document, 'cx-view-all-tickets');
    [...$(el, 'cx-ticket-history')!.shadowRoot!.querySelectorAll('button')]
      .find((item) => item.textContent!.includes('View all'))!
      .click();
    expect((await viewAll).detail.customerId).to.equal('c_2');
  });

  it('says no customer is selected until it gets a customer-id, then loads it', async () => {
    const el = await mount('');
    expect($(el, '[part="empty"]')!.textContent).to.contain('No customer selected');
    expect($(el, '[part="loading"]')).to.equal(null);
    el.customerId = 'c_1';
    await waitUntil(() => $(el, '.fields'), 'the customer loads');
  });

  it('shows a skeleton, then "not found" for a 404, and an error with a working retry', async () => {
    const held = holdGet();
    const loading = await mount('customer-id="c_nobody"');
    expect($(loading, '[part="loading"]')!.getAttribute('aria-busy')).to.equal('true');
    expect($(loading, '[part="loading"]')!.textContent).to.contain('Loading');
    held.release();
    await waitUntil(() => $(loading, '[part="error"]'), 'not found');
    expect($(loading, '[part="error"]')!.textContent).to.contain('Customer not found');

    worker.use(
      http.get('*/api/customers/:id', () => HttpResponse.json({ id: 'c_1', name: 42 }), { once: true }),
    );
    const el = await mount();
    await waitUntil(() => $(el, '[part="error"]'), 'malformed data shows an error', { timeout: 6000 });
    await announced(/^Customer card: .*GET \/customers\/c_1: name/, { politeness: 'assertive' });
    // It names what was wrong, for the administrator, and offers no retry: the same data would fail again.
    expect($(el, '[part="error"]')!.textContent).to.contain('GET /customers/c_1: name');
    expect($(el, '[part="retry-button"]')).to.equal(null);
    await el.refresh();
    await loaded(el);
    expect(valueText(el, 'name')).to.equal('Anna Kowalska');
  });

  it('renders hostile values inert and keeps the layout within the card', async () => {
    const longName = 'W'.repeat(10_000);
    const fields = JSON.stringify([
      { key: 'name' },
      { key: 'email' },
      { key: 'company' },
      { key: 'attributes.website', type: 'url' },
      { key: 'attributes.plan' },
    ]);
    (window as { __pwned?: unknown }).__pwned = undefined;
    const el = await mount(`customer-id="c_hostile" fields='${fields}'`);
    await loaded(el);
    el.style.width = '240px';
    await nextFrame();
    const name = (db.getCustomer('c_hostile') as { value: Customer }).value.name;
    expect(valueText(el, 'name')).to.equal(name);
    expect(valueText(el, 'company')).to.equal('"><svg onload=alert(1)>');
    expect(valueText(el, 'attributes.website')).to.equal('javascript:window.__pwned=1');
    expect(field(el, 'attributes.website').querySelector('a')).to.equal(null);
    expect($(el, 'a[data-kind="email"]')).to.equal(null);
    const all = [...root(el).querySelectorAll('*')];
    expect(
      all.filter((node) => [...node.attributes].some((attribute) => attribute.name.startsWith('on'))).length,
    ).to.equal(0);
    expect(all.filter((node) => /^\s*javascript:/i.test(node.getAttribute('href') ?? '')).length).to.equal(0);
    expect(root(el).querySelector('script, img[src="x"], svg[onload]')).to.equal(null);
    // The right-to-left override stays inside its own value.
    expect(getComputedStyle(field(el, 'name').querySelector('bdi')!).unicodeBidi).to.equal('isolate');

    seedAnna({ name: longName });
    const long = await mount('customer-id="c_1" style="width: 240px"');
    await loaded(long);
    const card = $(long, '.card')!;
    expect(card.scrollWidth <= card.clientWidth + 1, 'no horizontal overflow').to.equal(true);
    expect($(long, '[part="name"]')!.getBoundingClientRect().height < 120, 'the name is clamped').to.equal(
      true,
    );
    expect($(long, '[part="name"]')!.textContent!.trim()).to.have.length(10_000);
    expect((window as { __pwned?: unknown }).__pwned).to.equal(undefined);
  });

  it('lays labels above values at 240 px and beside them at 720 px', async () => {
    for (const [width, beside] of [
      [240, false],
      [720, true],
    ] as const) {
      const el = await mount(`customer-id="c_1" style="width: ${width}px"`);
      await loaded(el);
      const label = field(el, 'email').querySelector('.field-label')!.getBoundingClientRect();
      const value = field(el, 'email').querySelector('.value')!.getBoundingClientRect();
      expect(value.left > label.right - 1, `${width}px: beside`).to.equal(beside);
      const card = $(el, '.card')!;
      expect(card.scrollWidth <= card.clientWidth + 1, `${width}px: no overflow`).to.equal(true);
    }
  });

  for (const lang of ['en', 'th', 'id', 'pl']) {
    it(`passes axe loaded, editing with an error, in conflict and in error, light and dark (${lang})`, async () => {
      const el = await mount('customer-id="c_1" recent-cases="0"', lang);
      await loaded(el);
      await expect(el).to.be.accessible();
      el.theme = 'dark';
      await settled(el);
      field(el, 'email').querySelector<HTMLButtonElement>('.value-line button:last-child')!.click();
      await el.updateComplete;
      await typeInto(el, 'email', 'nope');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(editor(el, 'email')!.getAttribute('aria-invalid')).to.equal('true');
      await expect(el).to.be.accessible();
      await sendKeys({ press: 'Escape' });

      const etag = (db.getCustomer('c_1') as { etag: string }).etag;
      db.changes.quietly(() => db.updateCustomer('c_1', { company: 'Elsewhere' }, etag));
      field(el, 'company').querySelector<HTMLButtonElement>('.value-line button:last-child')!.click();
      await el.updateComplete;
      await typeInto(el, 'company', 'Mine');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => field(el, 'company').dataset.state === 'conflict', 'conflict', { timeout: 4000 });
      await expect(el).to.be.accessible();

      const missing = await mount('customer-id="c_nobody"', lang);
      await waitUntil(() => $(missing, '[part="error"]'), 'not found');
      await expect(missing).to.be.accessible();
      missing.theme = 'dark';
      await settled(missing);
      await expect(missing).to.be.accessible();
    });
  }

  it('is translated', async () => {
    const el = await mount('customer-id="c_1"', 'th');
    await loaded(el);
    expect(field(el, 'email').querySelector('.field-label')!.textContent).to.equal('อีเมล');
    expect($(el, 'a[data-kind="call"]')!.textContent!.trim()).to.equal('โทร');
    expect($(el, '.owner')!.textContent!.trim()).to.equal('ผู้ดูแล: Marcus Lee');
  });
});

/** Holds GET /customers/:id until `release()`. */
function holdGet() {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  worker.use(
    http.get('*/api/customers/:id', async () => {
      await gate;
    }),
  );
  return { release };
}
