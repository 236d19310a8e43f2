import { html, nothing, type TemplateResult } from 'lit';
import type { ConversationCounts } from '../../api/types.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import { renderNextPage } from '../../core/states.js';
import { QUEUE_TABS, type QueueTab } from './queue-view.js';
import type { QueueMessages } from './strings.js';

// The queue's chrome around its list: the state tabs, "Show 3 new conversations", the selection
// bar and the footer. Each is given what it shows and what its buttons do, never the element.

export function tabLabel(tab: QueueTab, text: QueueMessages): string {
  return { all: text.tabAll, queued: text.tabQueued, handled: text.tabHandled, resolved: text.tabResolved }[
    tab
  ];
}

/** The tabs (automatic activation: arrows choose), each with its live count. */
export function renderTabs(view: {
  tab: QueueTab;
  counts: ConversationCounts | undefined;
  text: QueueMessages;
  localize: LocalizeController;
  onKeydown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  choose(tab: QueueTab): void;
}): TemplateResult {
  const { counts, text } = view;
  return html`<div
    class="tabs"
    part="tabs"
    role="tablist"
    aria-label=${text.tabsLabel}
    @keydown=${view.onKeydown}
    @focusin=${view.onFocusIn}
  >
    ${QUEUE_TABS.map((tab) => {
      const count = counts?.[tab];
      const selected = tab === view.tab;
      return html`<button
        type="button"
        role="tab"
        id="tab-${tab}"
        class="tab"
        aria-selected=${selected ? 'true' : 'false'}
        aria-controls="queue-panel"
        tabindex=${selected ? 0 : -1}
        @click=${() => view.choose(tab)}
      >
        <span>${tabLabel(tab, text)}</span
        >${count === undefined ? nothing : html`<span class="count">${view.localize.number(count)}</span>`}
      </button>`;
    })}
  </div>`;
}

/** "Show 3 new conversations": the arrivals held back while the agent worked in the list. */
export function renderArrivals(
  count: number,
  text: QueueMessages,
  show: () => void,
): TemplateResult | typeof nothing {
  if (!count) return nothing;
  return html`<div class="arrivals" part="arrivals">
    <button type="button" class="cx-button" @click=${show}>${text.showNew(count)}</button>
  </div>`;
}

/** What to do with the selected conversations. */
export function renderSelectionBar(view: {
  selected: number;
  /** How many of them the agent can take (not theirs already). */
  assignable: number;
  canAssignOthers: boolean;
  /** How many of them the agent may put back in the queue or resolve. */
  releasable: number;
  text: QueueMessages;
  assignToMe(): void;
  assignTo(): void;
  unassign(): void;
  resolve(): void;
  clear(): void;
}): TemplateResult | typeof nothing {
  const { text } = view;
  if (!view.selected) return nothing;
  return html`<div
    class="selection-bar"
    part="selection-bar"
    role="group"
    aria-label=${text.selected(view.selected)}
  >
    <span class="selected-count">${text.selected(view.selected)}</span>
    ${
      view.assignable
        ? html`<button type="button" class="cx-button assign-me" @click=${view.assignToMe}>
            ${text.assignToMe}
          </button>`
        : nothing
    }
    ${
      view.canAssignOthers
        ? html`<button
            type="button"
            class="cx-button assign-to"
            aria-haspopup="dialog"
            @click=${view.assignTo}
          >
            ${text.assignTo}
          </button>`
        : nothing
    }
    ${
      view.releasable
        ? html`<button type="button" class="cx-button unassign" @click=${view.unassign}>
              ${text.unassign}
            </button>
            <button type="button" class="cx-button resolve" @click=${view.resolve}>${text.resolve}</button>`
        : nothing
    }
    <button type="button" class="cx-link-button" @click=${view.clear}>${text.clearSelection}</button>
  </div>`;
}

/** How many are shown, and "Load more" (or why the next page failed). */
export function renderQueueFooter(view: {
  shown: number;
  hasNextPage: boolean;
  loadingMore: boolean;
  nextPageFailed: boolean;
  text: QueueMessages;
  retryLabel: string;
  loadMore(): void;
  retryNextPage(): void;
}): TemplateResult | typeof nothing {
  const { text } = view;
  if (!view.shown) return nothing;
  return html`<div class="footer" part="footer">
    <span class="shown">${view.hasNextPage ? text.showing(view.shown) : text.allShown(view.shown)}</span>
    ${renderNextPage({
      failed: view.nextPageFailed ? text.nextPageFailed : undefined,
      hasNextPage: view.hasNextPage,
      loading: view.loadingMore,
      loadLabel: text.loadMore,
      loadingLabel: text.loadingMore,
      retryLabel: view.retryLabel,
      onLoadMore: view.loadMore,
      onRetry: view.retryNextPage,
      className: 'load-more',
    })}
  </div>`;
}
