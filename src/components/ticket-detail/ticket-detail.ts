import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { property } from 'lit/decorators.js';
import { isCxApiError } from '../../api/errors.js';
import { PagedQueryController, QueryController } from '../../api/query-controller.js';
import type { Attachment, Message, Note, Page, Ticket, Versioned } from '../../api/types.js';
import {
  badgeStyles,
  channelLabel,
  renderChannel,
  renderPriorityBadge,
  renderStatusBadge,
  renderTags,
} from '../../core/badges.js';
import { CxElement } from '../../core/cx-element.js';
import { iconAttachment, iconNote, renderIcon } from '../../core/icons.js';
import type * as Sanitizer from '../../core/sanitize.js';
import {
  describeError,
  renderEmpty,
  renderLeftOut,
  renderLoadError,
  renderLoading,
  renderNextPage,
  stateStyles,
} from '../../core/states.js';
import { safeUrl } from '../../core/urls.js';
import { humanize } from '../../core/vocabulary.js';
import { ticketDetailStyles } from './ticket-detail.styles.js';
import { detailStrings } from './strings.js';

type Field = [label: string, value: TemplateResult | string | typeof nothing];

/**
 * @tagname cx-ticket-detail
 * @summary The full context of one ticket: every header field, the transcript (customer, agent, bot
 * and system messages, inbound and outbound told apart, attachments), the internal notes, and the
 * call recording of a voice ticket. Message HTML is sanitized; nothing in it can run.
 *
 * `<cx-ticket-history>` shows it when the agent drills in; it also works on its own.
 *
 * @event {CxErrorEvent} cx-error - Loading failed. `detail: { error, message }`
 * @event {CxAuthRequiredEvent} cx-auth-required - The API refused the credentials even after a token refresh. `detail: { error }`
 *
 * @csspart header - The ticket's header fields.
 * @csspart message - One message of the transcript.
 * @csspart note - One internal note.
 * @csspart attachment - One attachment link.
 * @csspart recording - The call-recording player.
 * @csspart loading - The loading skeleton.
 * @csspart empty - The empty state, when no ticket is selected.
 * @csspart error - The error state.
 * @csspart retry-button - The retry button of the error state.
 */
export class CxTicketDetail extends CxElement {
  static override styles = [CxElement.styles, stateStyles, badgeStyles, ticketDetailStyles];

  /** DOMPurify, loaded beside the first request: most tickets' messages are HTML. */
  private sanitizer?: typeof Sanitizer;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.sanitizer)
      void import('../../core/sanitize.js').then((module) => {
        this.sanitizer = module;
        this.requestUpdate();
      });
  }

  /** The ticket to show. Without one, the panel says no ticket is selected. */
  @property({ attribute: 'ticket-id' }) ticketId?: string;

  /** The widget's own strings (see strings.ts), loaded with the shared ones. */
  private readonly text = this.localize.use(detailStrings);

  private readonly ticket = new QueryController<Versioned<Ticket>>(this, (client, language) =>
    this.ticketId ? client.ticket(this.ticketId, language) : undefined,
  );
  private readonly messages = new PagedQueryController<Message>(this, (client, language) =>
    this.ticketId ? client.messages(this.ticketId, language) : undefined,
  );
  private readonly notes = new PagedQueryController<Note>(this, (client, language) =>
    this.ticketId ? client.notes(this.ticketId, language) : undefined,
  );

  /** Every file on the case: uploaded to it, and from its notes, emails and conversation. */
  private readonly files = new QueryController<Page<Attachment>>(this, (client, language) =>
    this.ticketId ? client.attachments(this.ticketId, language) : undefined,
  );

  /** Fetches the ticket, transcript, notes and files again. */
  refresh(): Promise<unknown> {
    return Promise.all([
      this.ticket.refetch(),
      this.messages.refetch(),
      this.notes.refetch(),
      this.files.refetch(),
    ]);
  }

  /** @internal */
  get announcedName(): string {
    return this.text.strings.widgetName;
  }

  protected override render(): TemplateResult {
    const { messages } = this.localize;
    const error = this.ticket.error;
    if (error) {
      const notFound = isCxApiError(error) && error.kind === 'not-found';
      return renderLoadError(
        error,
        this.localize,
        () => void this.refresh(),
        notFound ? { heading: this.text.strings.notFoundHeading } : undefined,
      );
    }
    if (!this.ticketId)
      return renderEmpty({
        heading: this.text.strings.noTicketHeading,
        detail: this.text.strings.noTicketDetail,
      });
    const ticket = this.ticket.data?.data;
    if (!ticket) return renderLoading(messages.loading, 4);
    return html`
      <article aria-label=${this.text.strings.label(ticket.number)}>
        ${this.renderHeader(ticket)} ${this.renderRecording(ticket)} ${this.renderTranscript()}
        ${this.renderNotes()} ${this.renderCaseFiles()}
      </article>
    `;
  }

  private renderHeader(ticket: Ticket): TemplateResult {
    const { messages } = this.localize;
    const detail = this.text.strings;
    const date = (value?: string | null) => (value ? this.localize.dateTime(value) : detail.none);
    const seconds = (value?: number | null) =>
      value === null || value === undefined ? detail.none : this.localize.duration(value);
    const sla = ticket.sla;
    const slaState = sla
      ? (detail.slaState[sla.state as keyof typeof detail.slaState] ?? humanize(sla.state))
      : undefined;
    const sentiment = ticket.sentiment
      ? (detail.sentimentValue[ticket.sentiment as keyof typeof detail.sentimentValue] ??
        humanize(ticket.sentiment))
      : detail.none;
    const fields: Field[] = [
      [detail.number, ticket.number],
      [
        detail.channel,
        html`${renderChannel(ticket.channel, messages)} ${channelLabel(ticket.channel, messages)}`,
      ],
      [
        detail.direction,
        ticket.direction === 'outbound'
          ? detail.outbound
          : ticket.direction === 'inbound'
            ? detail.inbound
            : humanize(ticket.direction),
      ],
      [detail.queue, ticket.queue?.name ?? detail.none],
      [detail.assignee, ticket.assignee?.name ?? messages.unassigned],
      [detail.created, date(ticket.createdAt)],
      [detail.closed, date(ticket.closedAt)],
      [detail.handleTime, seconds(ticket.handleSeconds)],
      [detail.firstResponse, seconds(ticket.firstResponseSeconds)],
      [detail.sla, sla ? html`<span class="sla-${sla.state}">${slaState}</span>` : detail.none],
      [detail.sentiment, sentiment],
      [detail.csat, ticket.csat ? detail.csatValue(ticket.csat) : detail.none],
      [detail.reason, ticket.reason?.label ?? detail.none],
      [detail.result, ticket.result?.label ?? detail.none],
    ];
    return html`<section part="header">
      <h2 dir="auto">${ticket.subject}</h2>
      ${
        ticket.summary?.trim()
          ? html`<p class="summary" part="summary">
              <span class="cx-visually-hidden">${detail.summary}: </span>${ticket.summary}
            </p>`
          : nothing
      }
      <div class="badges">
        ${renderStatusBadge(ticket.status, messages)} ${renderPriorityBadge(ticket.priority, messages)}
        ${renderTags(ticket.tags, messages)}
      </div>
      <dl>
        ${fields.map(
          ([label, value]) =>
            html`<div>
              <dt>${label}</dt>
              <dd>${value}</dd>
            </div>`,
        )}
      </dl>
      ${
        ticket.notes
          ? html`<h3 class="more">${detail.recordNotes}</h3>
              <p class="body" dir="auto">${ticket.notes}</p>`
          : nothing
      }
    </section>`;
  }

  private renderRecording(ticket: Ticket): TemplateResult | typeof nothing {
    if (!ticket.recordingUrl) return nothing;
    const detail = this.text.strings;
    const src = safeUrl(ticket.recordingUrl);
    return html`<section>
      <h3 id="recording-heading">${detail.recording}</h3>
      ${
        src
          ? html`<audio
              part="recording"
              controls
              preload="metadata"
              src=${src}
              aria-labelledby="recording-heading"
            ></audio>`
          : html`<p class="muted">${detail.recordingUnavailable}</p>`
      }
    </section>`;
  }

  private renderTranscript(): TemplateResult {
    const items = this.messages.items;
    return html`<section tabindex="-1" data-focus-fallback>
      <h3 id="transcript-heading">${this.text.strings.transcript}</h3>
      ${this.renderPaged(
        this.messages,
        this.text.strings.noMessages,
        this.text.strings.loadMoreMessages,
        () =>
          html`<ol class="messages">
            ${items.map((message) => this.renderMessage(message))}
          </ol>`,
      )}
    </section>`;
  }

  private renderNotes(): TemplateResult {
    return html`<section tabindex="-1" data-focus-fallback>
      <h3 id="notes-heading">${this.text.strings.internalNotes}</h3>
      ${this.renderPaged(
        this.notes,
        this.text.strings.noNotes,
        this.text.strings.loadMoreNotes,
        () =>
          html`<ul class="notes">
            ${this.notes.items.map((note) => this.renderNote(note))}
          </ul>`,
      )}
    </section>`;
  }

  /** The case's files, each with where it came from and who added it when. */
  private renderCaseFiles(): TemplateResult {
    const { messages } = this.localize;
    const detail = this.text.strings;
    const files = this.files.data;
    let body: TemplateResult;
    if (this.files.error && !files) {
      body = renderLoadError(this.files.error, this.localize, () => void this.files.refetch());
    } else if (!files) {
      body = renderLoading(messages.loading, 1);
    } else if (!files.items.length) {
      body = html`<p class="muted">${detail.noCaseFiles}</p>`;
    } else {
      body = html`${this.renderAttachments(files.items, true)} ${renderLeftOut(files.invalid, messages)}`;
    }
    return html`<section part="files" tabindex="-1" data-focus-fallback>
      <h3 id="files-heading">${detail.caseFiles}</h3>
      ${body}
    </section>`;
  }

  /** The states every paged section shares: loading, error with retry, empty, "load more". */
  private renderPaged<T>(
    controller: PagedQueryController<T>,
    emptyText: string,
    moreLabel: string,
    list: () => TemplateResult,
  ): TemplateResult {
    const { messages } = this.localize;
    if (controller.error && !controller.items.length) {
      return renderLoadError(controller.error, this.localize, () => void controller.refetch());
    }
    if (controller.isLoading) return renderLoading(messages.loading, 2);
    if (!controller.items.length)
      return controller.invalid
        ? html`${renderLeftOut(controller.invalid, messages)}`
        : html`<p class="muted">${emptyText}</p>`;
    return html`${list()} ${renderLeftOut(controller.invalid, messages)}
    ${renderNextPage({
      failed: controller.nextPageError
        ? describeError(controller.nextPageError, this.localize).heading
        : undefined,
      hasNextPage: controller.hasNextPage,
      loading: controller.isFetchingNextPage,
      loadLabel: moreLabel,
      loadingLabel: messages.loading,
      retryLabel: messages.retry,
      onLoadMore: () => void controller.fetchNextPage(),
      onRetry: () => void controller.fetchNextPage(),
      className: 'more',
    })}`;
  }

  private renderBody(body: string, format: string): TemplateResult {
    // Each body in its own direction: English quoted on a right-to-left page reads left to right.
    if (format !== 'html') return html`<div class="body" dir="auto">${body}</div>`;
    const sanitizeHtml = this.sanitizer?.sanitizeHtml;
    // Sanitized once per body; guard keeps the DOM of bodies that did not change. Until the
    // sanitizer has loaded (it travels beside the first request) the body waits, busy.
    return sanitizeHtml
      ? html`<div class="body body--html" dir="auto">${guard([body], () => sanitizeHtml(body))}</div>`
      : html`<div class="body body--html" dir="auto" aria-busy="true"></div>`;
  }

  private renderMessage(message: Message): TemplateResult {
    const detail = this.text.strings;
    const type = ['customer', 'agent', 'bot', 'system'].includes(message.author.type)
      ? message.author.type
      : 'system';
    const direction = message.direction === 'outbound' ? 'outbound' : 'inbound';
    const role = detail.author[type as keyof typeof detail.author];
    return html`<li class="message message--${direction} message--${type}" part="message">
      <div class="byline">
        <strong><bdi>${message.author.name}</bdi></strong>
        <span>${role} · ${direction === 'outbound' ? detail.outbound : detail.inbound}</span>
        <time datetime=${message.createdAt} title=${this.localize.dateTime(message.createdAt)}
          >${this.localize.relativeTime(message.createdAt)}</time
        >
      </div>
      ${this.renderBody(message.body, message.bodyFormat)} ${this.renderAttachments(message.attachments)}
    </li>`;
  }

  private renderNote(note: Note): TemplateResult {
    const detail = this.text.strings;
    return html`<li class="note" part="note">
      <div class="byline">
        <span class="note-label">${renderIcon(iconNote)} ${detail.internalNote}</span>
        <strong><bdi>${note.author.name}</bdi></strong>
        <time datetime=${note.createdAt}>${this.localize.dateTime(note.createdAt)}</time>
      </div>
      ${this.renderBody(note.body, note.bodyFormat)} ${this.renderAttachments(note.attachments)}
    </li>`;
  }

  /** Files as links (when their URL is safe); `withOrigin` adds where each came from, by whom, when. */
  private renderAttachments(attachments: Attachment[], withOrigin = false): TemplateResult | typeof nothing {
    if (!attachments.length) return nothing;
    const detail = this.text.strings;
    return html`<ul class="files" aria-label=${withOrigin ? detail.caseFiles : detail.attachments}>
      ${attachments.map((attachment) => {
        const href = safeUrl(attachment.url);
        const source =
          detail.fileSource[attachment.source as keyof typeof detail.fileSource] ??
          humanize(attachment.source);
        const origin = withOrigin
          ? html`<small class="origin"
              >${detail.fileAdded(source, attachment.uploadedBy?.name, this.localize.relativeTime(attachment.uploadedAt))}</small
            >`
          : nothing;
        const label = html`${renderIcon(iconAttachment)}<span>${attachment.name}</span>
          <small>${attachment.contentType.split(';')[0]} · ${this.localize.fileSize(attachment.size)}</small
          >${origin}`;
        return html`<li>
          ${
            href
              ? html`<a
                  class="file"
                  part="attachment"
                  href=${href}
                  download=${attachment.name}
                  target="_blank"
                  rel="noopener noreferrer"
                  title=${detail.download(attachment.name)}
                  >${label}</a
                >`
              : html`<span class="file">${label}</span>`
          }
        </li>`;
      })}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cx-ticket-detail': CxTicketDetail;
  }
}
