import type { KnownTicketStatus } from '../../core/vocabulary.js';
import { html, nothing, type TemplateResult } from 'lit';
import { PagedQueryController, type ClientHost } from '../../api/query-controller.js';
import type { Messages } from '../../core/localize/messages.js';
import type { Ticket } from '../../api/types.js';
import { statusLabel } from '../../core/badges.js';
import { formatRelativeTime } from '../../core/format.js';
import { iconAlert, renderIcon, statusIcon } from '../../core/icons.js';
import type { CaseFormMessages } from './form-messages.js';
import { announce } from '../../core/interactions/announcer.js';
import { Debouncer } from '../../core/interactions/debounce.js';
import { HostState } from '../../core/host-state.js';

// Duplicate prevention: once the customer and the title have settled, the customer's open cases
// are fetched (one cached request per customer) and ranked here by the words their titles share
// with the new one. Ranking on the client works with any server; the newest open cases are compared.

const SETTLE_MS = 500;
const OPEN_STATUSES: KnownTicketStatus[] = ['new', 'open', 'pending', 'on_hold'];
/** How many of the customer's open cases are compared (the newest). */
const COMPARED = 50;
const SHOWN = 5;

const segmenters = new Map<string, Intl.Segmenter>();

/**
 * The words of a title that say something: split by `Intl.Segmenter` (so Thai, written without
 * spaces, splits too), lower-cased, without short Latin words ("a", "for", "not", "the").
 */
export function titleWords(title: string, locale = ''): Set<string> {
  let segmenter = segmenters.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale || undefined, { granularity: 'word' });
    segmenters.set(locale, segmenter);
  }
  const words = new Set<string>();
  const all = new Set<string>();
  for (const { segment, isWordLike } of segmenter.segment(title.toLocaleLowerCase(locale || undefined))) {
    if (!isWordLike) continue;
    all.add(segment);
    const latin = /^[\p{Script=Latin}\p{N}]+$/u.test(segment);
    if (segment.length >= (latin ? 4 : 2)) words.add(segment);
  }
  // A title of short words only ("VPN down", "Order 42") keeps them: they are all it says.
  return words.size ? words : all;
}

/** A title as compared for sameness: case, spacing and punctuation aside. */
function normalizedTitle(title: string, locale?: string): string {
  return title
    .toLocaleLowerCase(locale || undefined)
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim();
}

/** The shared words over the smaller set's size, 0–1. */
function overlap(left: Set<string>, right: Set<string>): number {
  if (!left.size || !right.size) return 0;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  return shared / Math.min(left.size, right.size);
}

/** How alike two titles are, 0–1: the shared words over the shorter title's words. */
export function titleSimilarity(a: string, b: string, locale?: string): number {
  return overlap(titleWords(a, locale), titleWords(b, locale));
}

/** The open cases most like `title`, best first (ties: the most recently updated first). */
export function similarCases(title: string, cases: readonly Ticket[], locale?: string): Ticket[] {
  const words = titleWords(title, locale);
  const same = normalizedTitle(title, locale);
  return cases
    .map((ticket) => ({
      ticket,
      // The same title is a duplicate however short or numeric it is.
      score:
        same && normalizedTitle(ticket.subject, locale) === same
          ? 1
          : overlap(words, titleWords(ticket.subject, locale)),
    }))
    .filter(({ score }) => score >= 0.5)
    .sort((a, b) => b.score - a.score || Date.parse(b.ticket.updatedAt) - Date.parse(a.ticket.updatedAt))
    .slice(0, SHOWN)
    .map(({ ticket }) => ticket);
}

export interface DuplicatesHost extends ClientHost {
  readonly messages: Messages;
  /** The case the flyout is opened from: never offered as a duplicate of the new one. */
  readonly excludeTicketId?: string;
}

export class DuplicateCases {
  /** The customer and title once they have stopped changing. */
  private readonly settledInput: HostState<{ customerId: string; subject: string } | undefined>;
  private readonly settle: Debouncer;
  /** The case whose summary is open. */
  private readonly expanded: HostState<string | undefined>;
  private readonly openCases: PagedQueryController<Ticket>;

  constructor(private readonly host: DuplicatesHost) {
    this.settle = new Debouncer(host, SETTLE_MS);
    this.settledInput = new HostState(host, undefined);
    this.expanded = new HostState(host, undefined);
    this.openCases = new PagedQueryController(host, (client, language) =>
      this.settled
        ? client.tickets(
            {
              customerId: this.settled.customerId,
              // The case the flyout was opened from is no duplicate of the follow-up made from it.
              excludeId: host.excludeTicketId,
              status: OPEN_STATUSES,
              sort: 'newest',
              limit: COMPARED,
            },
            language,
          )
        : undefined,
    );
  }

  /** Called as the customer or title change; looks them up once they settle. */
  follow(customerId: string, subject: string): void {
    const title = subject.trim();
    if (!customerId || !title) {
      this.settle.cancel();
      this.settledInput.value = undefined;
      return;
    }
    this.settle.schedule(() => {
      this.settledInput.value = { customerId, subject: title };
    });
  }

  stop(): void {
    this.settle.cancel();
  }

  /** Ranked once per settled title and fetched list, not on every render (the form re-renders per keystroke). */
  private ranked?: { settled: DuplicateCases['settled']; items: Ticket[]; cases: Ticket[] };

  private get settled(): { customerId: string; subject: string } | undefined {
    return this.settledInput.value;
  }

  get cases(): Ticket[] {
    const { settled } = this;
    if (!settled) return [];
    const items = this.openCases.items;
    if (this.ranked?.settled !== settled || this.ranked.items !== items)
      this.ranked = { settled, items, cases: similarCases(settled.subject, items, this.host.locale) };
    return this.ranked.cases;
  }

  render(options: {
    text: CaseFormMessages;
    busyTicketId?: string;
    /** A save's outcome is being checked: the case may be one of these, so none is offered. */
    locked?: boolean;
    onAdd: (ticket: Ticket) => void;
  }): TemplateResult {
    const { messages, locale } = this.host;
    const { text } = options;
    const cases = this.cases;
    return html`<div
      class="duplicates"
      role="group"
      ?hidden=${!cases.length}
      aria-labelledby="duplicates-heading"
    >
      <p class="duplicates-heading" id="duplicates-heading">
        ${
          cases.length
            ? html`${announce(text.possibleDuplicates(cases.length))}${renderIcon(iconAlert)}${text.possibleDuplicates(cases.length)}`
            : nothing
        }
      </p>
      ${
        cases.length
          ? html`<p class="duplicates-hint">${text.duplicatesHint}</p>
              <ul class="duplicate-list">
                ${cases.map((ticket) => {
                  const open = this.expanded.value === ticket.id;
                  const summaryId = `duplicate-${ticket.id}`;
                  return html`<li class="duplicate">
                    <button
                      type="button"
                      class="duplicate-toggle"
                      aria-expanded=${open ? 'true' : 'false'}
                      aria-controls=${summaryId}
                      @click=${() => (this.expanded.value = open ? undefined : ticket.id)}
                    >
                      <span class="duplicate-number">${ticket.number}</span>
                      <span class="duplicate-subject"><bdi>${ticket.subject}</bdi></span>
                      <span class="cx-badge cx-badge--status-${ticket.status.replace('_', '-')}"
                        >${renderIcon(statusIcon(ticket.status))}${statusLabel(ticket.status, messages)}</span
                      >
                    </button>
                    <div class="duplicate-summary" id=${summaryId} ?hidden=${!open}>
                      <p>${ticket.summary?.trim() || text.noSummary}</p>
                      <p class="duplicate-meta">${formatRelativeTime(ticket.updatedAt, locale)}</p>
                      <button
                        type="button"
                        class="cx-button"
                        aria-disabled=${options.busyTicketId || options.locked ? 'true' : 'false'}
                        @click=${() => options.locked || options.onAdd(ticket)}
                      >
                        ${options.busyTicketId === ticket.id ? text.addingToCase : text.addToCase}
                      </button>
                    </div>
                  </li>`;
                })}
              </ul>`
          : nothing
      }
    </div>`;
  }
}
