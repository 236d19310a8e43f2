import { fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Page, Ticket } from '../api/types.js';
import type { CxCaseFlyout } from '../components/case-flyout/case-flyout.js';
import '../components/case-flyout/define.js';
import '../components/provider/define.js';
import { http } from 'msw';
import { db, requestHeaders, requestLog, requestsTo, worker } from './mock-backend.js';

// Shared by the flyout's test files: mounting it in a provider beside its trigger, and the
// steps an agent takes.

export interface Mounted {
  flyout: CxCaseFlyout;
  trigger: HTMLButtonElement;
}

export async function mount(attributes = '', lang = 'en'): Promise<Mounted> {
  fixtureCleanup();
  const container = await fixture<HTMLElement>(
    html`<cx-provider base-url="/api" lang=${lang}>
      <button id="new-case" type="button">New case</button>
    </cx-provider>`,
  );
  const template = document.createElement('template');
  template.setHTMLUnsafe(`<cx-case-flyout anchor="new-case" ${attributes}></cx-case-flyout>`);
  container.append(template.content);
  const flyout = container.querySelector('cx-case-flyout')!;
  const trigger = container.querySelector<HTMLButtonElement>('#new-case')!;
  trigger.addEventListener('click', () => void flyout.show());
  await flyout.updateComplete;
  return { flyout, trigger };
}

export const root = (el: CxCaseFlyout) => el.shadowRoot!;
export const $ = <T extends Element = HTMLElement>(el: CxCaseFlyout, selector: string) =>
  root(el).querySelector(selector) as T | null;
export const dialog = (el: CxCaseFlyout) => $<HTMLDialogElement>(el, 'dialog')!;
export const ready = (el: CxCaseFlyout) =>
  waitUntil(() => $(el, '.rich-text') && $(el, '#subject-input'), 'form and editor ready', { timeout: 6000 });

/** Opens the flyout the way an agent does: focus on the trigger, then click it. */
export async function open({ flyout, trigger }: Mounted): Promise<void> {
  trigger.focus();
  trigger.click();
  await ready(flyout);
}

export const posts = () => requestsTo('POST /api/tickets');
export const keysOfPosts = () =>
  requestLog.flatMap((line, index) =>
    line.startsWith('POST /api/tickets') ? [requestHeaders[index]!.get('Idempotency-Key')] : [],
  );
export const ticketsOf = (customerId: string) =>
  (db.listTickets({ customerId, limit: 500 }) as { value: Page<Ticket> }).value.items;

export async function type(el: CxCaseFlyout, selector: string, text: string): Promise<void> {
  $(el, selector)!.focus();
  await sendKeys({ type: text });
}

/** Fills what a valid case needs (customer prefilled by the attribute). */
export async function fillSubject(el: CxCaseFlyout, text = 'Refund not received'): Promise<void> {
  await type(el, '#subject-input', text);
}

/** A key pressed with a modifier held, e.g. `chord('Shift', 'Tab')`. */
export async function chord(modifier: string, key: string): Promise<void> {
  await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  await sendKeys({ up: modifier });
}

/**
 * Answers POST /tickets for the case titled `subject` as `plan` says for its nth try (1, 2, …):
 * `undefined` lets the mock backend answer. Other cases' requests (a retry still on its way from an
 * earlier test) pass through untouched and are not counted.
 */
export function planPostsOf(subject: string, plan: (attempt: number) => Response | undefined): void {
  let attempt = 0;
  worker.use(
    http.post('*/api/tickets', async ({ request }) => {
      const body = (await request.clone().json()) as { subject?: string };
      if (body.subject !== subject) return undefined;
      attempt += 1;
      return plan(attempt);
    }),
  );
}
