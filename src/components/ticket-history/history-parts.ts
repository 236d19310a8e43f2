import { html, render, type TemplateResult } from 'lit';
import type { Ticket, TicketQuery } from '../../api/types.js';
import { channelStamp, statusBadgeStamp, tagsStamp } from '../../core/badges.js';
import { iconChevronLeft, renderIcon } from '../../core/icons.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import { renderLeftOut, renderNextPage } from '../../core/states.js';
import { CHANNELS, TICKET_STATUSES } from '../../core/vocabulary.js';
import { entryRow, type EntryRowResult } from './entry-row.js';
import type { TicketHistoryFilters } from './history-filters.js';
import { searchMatch } from './search-match.js';
import type { HistoryMessages } from './strings.js';

// The history's pieces that need nothing of the panel but what they are given: a row, the rows
// rendered ahead of the data, and the footer.

/** What the panel asks the server for, from its properties. */
export function historyQuery(
  panel: {
    customerId?: string;
    excludeTicketId?: string;
    sort: 'newest' | 'oldest';
    compact: boolean;
    limit: number;
    pageSize: number;
    filters: TicketHistoryFilters;
  },
  defaultPageSize: number,
): Omit<TicketQuery, 'cursor'> {
  const base = {
    customerId: panel.customerId,
    excludeId: panel.excludeTicketId,
    sort: panel.sort,
    // Recent cases ask for the same first page as a full panel with the default page size, so a
    // card and a history on one page share one request; the extra rows are not shown.
    limit: panel.compact ? Math.max(panel.limit, defaultPageSize) : panel.pageSize,
  };
  if (panel.compact) return base; // recent cases: the newest, unfiltered
  const { reasonId, resultId, assigneeId, ...rest } = panel.filters;
  const one = (value?: string) => (value ? [value] : undefined);
  return { ...base, ...rest, reasonId: one(reasonId), resultId: one(resultId), assigneeId: one(assigneeId) };
}

/** What a row needs of the panel besides its ticket. */
export interface EntryContext {
  localize: LocalizeController;
  history: HistoryMessages;
  /** How many tickets the list holds, or -1 while more may come. */
  setSize: number;
  active: boolean;
  /** The search, whose hit is shown when the subject does not show it (full panel only). */
  query?: string;
}

/** One ticket as a listbox option. */
export function renderEntry(ticket: Ticket, index: number, context: EntryContext): EntryRowResult {
  const { localize } = context;
  const { messages } = localize;
  const { history } = context;
  const when = ticket.closedAt ?? ticket.lastInteractionAt;
  const relative = localize.relativeTime(when);
  return entryRow({
    id: `entry-${ticket.id}`,
    index,
    setSize: context.setSize,
    active: context.active,
    channel: channelStamp(ticket.channel, messages),
    subject: ticket.subject || ticket.summary || ticket.number,
    status: statusBadgeStamp(ticket.status, messages),
    number: ticket.number,
    assignee: ticket.assignee?.name ?? messages.unassigned,
    unassigned: !ticket.assignee,
    datetime: when,
    when: ticket.closedAt ? history.closed(relative) : history.lastActivity(relative),
    exact: localize.dateTime(when),
    tags: tagsStamp(ticket.tags, messages),
    match: context.query === undefined ? undefined : searchMatch(ticket, context.query),
  });
}

/**
 * The row's skeleton and each badge and icon are built once, by Lit, the first time they are
 * needed (see entry-row.ts and stamp.ts), and Lit parses each template on its first render:
 * sample rows rendered off-screen, one per channel and status, while the first page is on its
 * way, take that out of the time from the data's arrival to the list.
 */
export function prepareRows(localize: LocalizeController, history: HistoryMessages): void {
  const now = new Date().toISOString();
  const rows = CHANNELS.map((channel, index) => {
    const sample = {
      id: channel,
      number: '',
      subject: '',
      status: TICKET_STATUSES[index % TICKET_STATUSES.length]!,
      channel,
      assignee: null,
      tags: [
        { name: '', source: 'ai' },
        { name: '', source: 'agent' },
      ],
      lastInteractionAt: now,
      closedAt: null,
    } satisfies Partial<Ticket>;
    return renderEntry(sample as Ticket, index, {
      localize,
      history,
      setSize: CHANNELS.length,
      active: false,
    });
  });
  render(rows, document.createDocumentFragment());
}

/** What the full panel's footer shows. */
export interface FooterView {
  localize: LocalizeController;
  history: HistoryMessages;
  shown: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  nextPageFailed: boolean;
  /** Tickets the server sent that broke the contract, left out of the list. */
  leftOut?: { count: number; detail: string };
  onLoadMore: () => void;
  onRetryNextPage: () => void;
}

/** The count, and "Load more" (focusable while loading: aria-disabled) or the next page's error. */
export function renderFooter(view: FooterView): TemplateResult {
  const { messages } = view.localize;
  const { history } = view;
  return html`${renderLeftOut(view.leftOut, messages)}
    <div class="footer" part="footer">
      <span>${view.hasNextPage ? history.showing(view.shown) : history.allShown(view.shown)}</span>
      ${renderNextPage({
        failed: view.nextPageFailed ? history.nextPageFailed : undefined,
        hasNextPage: view.hasNextPage,
        loading: view.loadingMore,
        loadLabel: history.loadMore,
        loadingLabel: history.loadingMore,
        retryLabel: messages.retry,
        onLoadMore: view.onLoadMore,
        onRetry: view.onRetryNextPage,
        className: 'load-more',
      })}
    </div>`;
}

/** A ticket opened in place of the list, with the way back. */
export function renderDrillIn(view: {
  ticketId: string;
  theme: string;
  backLabel: string;
  onBack: () => void;
  onKeydown: (event: KeyboardEvent) => void;
}): TemplateResult {
  return html`<div class="detail-view" @keydown=${view.onKeydown}>
    <div class="detail-header">
      <button type="button" class="cx-button back" part="back-button" @click=${view.onBack}>
        ${renderIcon(iconChevronLeft)} ${view.backLabel}
      </button>
    </div>
    <div class="detail">
      <cx-ticket-detail .ticketId=${view.ticketId} theme=${view.theme}></cx-ticket-detail>
    </div>
  </div>`;
}
