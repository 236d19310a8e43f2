import { html, nothing, type TemplateResult } from 'lit';
import type { Conversation, ConversationMessage } from '../../api/types.js';
import { channelLabel } from '../../core/badges.js';
import { channelIcon, iconChevronLeft, renderIcon } from '../../core/icons.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import { renderLoadError, renderLoading, renderNextPage } from '../../core/states.js';
import type * as Sanitizer from '../../core/sanitize.js';
import type { RowNote } from './queue-actions.js';
import { stateLabel } from './queue-row.js';
import type { QueueMessages } from './strings.js';

/** What the open conversation shows and what its buttons do. */
export interface ConversationViewModel {
  conversation: Conversation;
  messages: readonly ConversationMessage[];
  messagesLoading: boolean;
  messagesError: Error | null;
  hasMore: boolean;
  loadingMore: boolean;
  localize: LocalizeController;
  text: QueueMessages;
  /** Loaded when the first conversation opens: HTML bodies are shown as their sanitized text. */
  sanitizer: typeof Sanitizer | undefined;
  busy: boolean;
  note: RowNote | undefined;
  /** Which actions the agent may take on it. */
  can: { assignToMe: boolean; assignOthers: boolean; unassign: boolean; resolve: boolean };
  headingLevel: number;
  onBack(): void;
  onAssignToMe(): void;
  onAssignTo(): void;
  onUnassign(): void;
  onResolve(): void;
  onRetryMessages(): void;
  onLoadMore(): void;
}

function body(message: ConversationMessage, sanitizer: typeof Sanitizer | undefined): string {
  if (message.bodyFormat !== 'html') return message.body;
  // Until the sanitizer has loaded, nothing of an HTML body is shown rather than its markup.
  return sanitizer ? sanitizer.htmlToText(message.body) : '';
}

/**
 * A conversation in place of the list: who, where, its state and handler, what the agent can do
 * with it, and its messages, each marked inbox (from the customer) or outbox (to them).
 */
export function renderConversationView(model: ConversationViewModel): TemplateResult {
  const { conversation, localize, text, can } = model;
  const messages = localize.messages;
  const disabled = model.busy ? 'true' : 'false';
  const action = (show: boolean, className: string, label: string, onClick: () => void) =>
    show
      ? html`<button
          type="button"
          class="cx-button ${className}"
          aria-disabled=${disabled}
          @click=${() => {
            if (!model.busy) onClick();
          }}
        >
          ${label}
        </button>`
      : nothing;
  return html`<section class="detail" part="detail" aria-labelledby="detail-heading">
    <button type="button" class="cx-link-button back" @click=${model.onBack}>
      ${renderIcon(iconChevronLeft)} ${text.back}
    </button>
    <div class="detail-head">
      <div id="detail-heading" role="heading" aria-level=${model.headingLevel + 1} class="detail-title">
        ${text.conversationWith(conversation.customer.name)}
      </div>
      <p class="detail-facts">
        <span class="channel"
          >${renderIcon(channelIcon(conversation.channel))}${
            conversation.channelCategory?.label ?? channelLabel(conversation.channel, messages)
          }</span
        >
        <span class="state state--${conversation.state}">${stateLabel(conversation.state, text)}</span>
        <span>${conversation.type === 'outbox' ? text.outbox : text.inbox}</span>
        ${conversation.label ? html`<span class="label">${conversation.label}</span>` : nothing}
        <span class="agent">${conversation.assignee?.name ?? messages.unassigned}</span>
      </p>
      <div class="detail-actions" role="group" aria-label=${conversation.customer.name}>
        ${action(can.assignToMe, 'assign-me', text.assignToMe, model.onAssignToMe)}
        ${action(can.assignOthers, 'assign-to detail-assign-to', text.assignTo, model.onAssignTo)}
        ${action(can.unassign, 'unassign', text.unassign, model.onUnassign)}
        ${action(can.resolve, 'resolve', text.resolve, model.onResolve)}
      </div>
      ${model.note ? html`<p class="note note--${model.note.tone}">${model.note.text}</p>` : nothing}
    </div>
    <div class="messages" role="log" aria-label=${text.messagesLabel} tabindex="0">
      ${renderMessages(model)}
    </div>
  </section>`;
}

function renderMessages(model: ConversationViewModel): TemplateResult {
  const { localize, text } = model;
  if (model.messagesError && !model.messages.length)
    return renderLoadError(model.messagesError, localize, model.onRetryMessages);
  if (model.messagesLoading && !model.messages.length) return renderLoading(localize.messages.loading, 3);
  if (!model.messages.length) return html`<p class="no-messages">${text.noMessages}</p>`;
  // Oldest first, as the contract sends them; later pages follow.
  return html`<ol class="message-list">
      ${model.messages.map(
        (message) =>
          html`<li class="message message--${message.direction}">
            <p class="message-meta">
              <span class="direction">${message.direction === 'outbound' ? text.outbox : text.inbox}</span>
              <span class="author">${message.author.name}</span>
              <time datetime=${message.createdAt}>${localize.dateTime(message.createdAt)}</time>
            </p>
            <p class="message-body">${body(message, model.sanitizer)}</p>
          </li>`,
      )}
    </ol>
    ${renderNextPage({
      hasNextPage: model.hasMore,
      loading: model.loadingMore,
      loadLabel: text.loadMore,
      loadingLabel: text.loadingMore,
      retryLabel: localize.messages.retry,
      onLoadMore: model.onLoadMore,
      onRetry: model.onLoadMore,
      className: 'more-messages',
    })}`;
}
