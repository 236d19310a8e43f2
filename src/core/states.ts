import { css, html, nothing, type TemplateResult } from 'lit';
import type { CxApiError } from '../api/errors.js';
import { formatDelay } from './format.js';
import { announce } from './interactions/announcer.js';
import { iconAlert, iconInbox, iconRefresh, renderIcon } from './icons.js';
import type { Messages } from './localize/messages.js';

// The loading, empty and error states every widget shows, so they look and behave alike: a
// skeleton (busy, with "Loading…" for screen readers), an empty state with an optional action, and
// an error with a retry where one can help. Empty and error states are said through the page's
// announcer, named by the widget they are in (two failing widgets say which failed, once).

export const stateStyles = css`
  .cx-state {
    display: grid;
    justify-items: center;
    gap: var(--_space-3);
    padding: var(--_space-6) var(--_space-5);
    text-align: center;
    color: var(--_text-muted);
  }
  .cx-state__icon {
    font-size: 1.75rem;
  }
  .cx-state__heading {
    margin: 0;
    font-size: var(--_font-size-lg);
    font-weight: 600;
    color: var(--_text);
  }
  .cx-state__detail {
    margin: 0;
    max-width: 40ch;
    overflow-wrap: anywhere;
  }
  .cx-state--error .cx-state__icon {
    color: var(--_danger);
  }
  .cx-inline-problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    margin: var(--_space-2) 0 0;
    color: var(--_danger);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  .cx-inline-problem > span {
    flex: 1 1 12ch;
    min-inline-size: 0;
  }
  .cx-left-out {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-2);
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  .cx-left-out .cx-icon {
    flex: none;
    color: var(--_warning);
  }
  .cx-skeleton {
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-4);
  }
  .cx-skeleton__row {
    display: grid;
    gap: var(--_space-2);
  }
  .cx-skeleton__line {
    height: 0.8em;
    border-radius: var(--_radius-sm);
    background: linear-gradient(90deg, var(--_skeleton) 30%, var(--_bg-subtle) 50%, var(--_skeleton) 70%);
    background-size: 300% 100%;
    animation: cx-shimmer 1.4s ease-in-out infinite;
  }
  .cx-skeleton__line--short {
    width: 60%;
  }
  @keyframes cx-shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0 0;
    }
  }
`;

/**
 * A skeleton of `rows` list rows, read as `label` ("Loading…"). Not announced: every widget on a
 * page loads at once, and what arrives is announced instead.
 */
export function renderLoading(label: string, rows = 3): TemplateResult {
  return html`<div class="cx-skeleton" part="loading" aria-busy="true">
    <span class="cx-visually-hidden">${label}</span>
    ${Array.from(
      { length: rows },
      () =>
        html`<div class="cx-skeleton__row" aria-hidden="true">
          <div class="cx-skeleton__line"></div>
          <div class="cx-skeleton__line cx-skeleton__line--short"></div>
        </div>`,
    )}
  </div>`;
}

export interface StateAction {
  label: string;
  onClick: () => void;
}

/**
 * A part of a widget that could not load (a select's options, a search's results), said where the
 * agent looks, with the reason and "Try again": never an empty list that reads like "nothing there".
 */
export function renderInlineProblem(options: {
  what: string;
  error: unknown;
  wording: ErrorWording;
  retry: () => void;
}): TemplateResult {
  const { heading, detail, retryable } = describeError(options.error, options.wording);
  const text = `${options.what} ${[heading, detail].filter(Boolean).join(': ')}`;
  return html`<p class="cx-inline-problem" part="inline-error">
    ${announce(text, 'assertive')}${renderIcon(iconAlert)}<span>${text}</span>
    ${
      retryable
        ? html`<button type="button" class="cx-link-button" @click=${options.retry}>
            ${options.wording.messages.retry}
          </button>`
        : nothing
    }
  </p>`;
}

/** What a paged list shows after its rows: "Load more", or why the next page failed. */
export interface NextPageView {
  /** The next page failed: what to say (beside Try again). */
  failed?: string;
  hasNextPage: boolean;
  loading: boolean;
  loadLabel: string;
  loadingLabel: string;
  retryLabel: string;
  onLoadMore(): void;
  onRetry(): void;
  /** The button's class, for the widget's own layout (the error line is `.page-error`). */
  className: string;
}

/**
 * "Load more" stays focusable while the page is on its way (`aria-disabled`, not `disabled`, which
 * would drop focus to `<body>`); a failed page says why, assertively, with Try again beside it.
 */
export function renderNextPage(view: NextPageView): TemplateResult | typeof nothing {
  if (view.failed) {
    return html`<p class="page-error">
      ${announce(view.failed, 'assertive')}${view.failed}
      <button type="button" class="cx-button" @click=${view.onRetry}>${view.retryLabel}</button>
    </p>`;
  }
  if (!view.hasNextPage) return nothing;
  return html`<button
    type="button"
    class="cx-button ${view.className}"
    aria-disabled=${view.loading ? 'true' : 'false'}
    @click=${() => {
      if (!view.loading) view.onLoadMore();
    }}
  >
    ${view.loading ? view.loadingLabel : view.loadLabel}
  </button>`;
}

/**
 * Entries of a list the server sent broken (left out by the data source): how many, and where the
 * first breaks the contract, for whoever the agent tells. Polite: the rest of the list is fine.
 */
export function renderLeftOut(
  invalid: { count: number; detail: string } | undefined,
  messages: Messages,
): TemplateResult | typeof nothing {
  if (!invalid) return nothing;
  const text = messages.itemsLeftOut(invalid.count, invalid.detail);
  return html`<p class="cx-left-out" part="left-out">
    ${announce(text)}${renderIcon(iconAlert)}<span>${text}</span>
  </p>`;
}

/** "No previous tickets", with an optional detail and action (e.g. "Clear filters"). */
export function renderEmpty(options: {
  heading: string;
  detail?: string;
  action?: StateAction;
}): TemplateResult {
  const { heading, detail, action } = options;
  return html`<div class="cx-state cx-state--empty" part="empty">
    ${announce(heading)}<span class="cx-state__icon">${renderIcon(iconInbox)}</span>
    <p class="cx-state__heading">${heading}</p>
    ${detail ? html`<p class="cx-state__detail">${detail}</p>` : nothing}
    ${
      action
        ? html`<button type="button" class="cx-button" part="empty-action" @click=${action.onClick}>
            ${action.label}
          </button>`
        : nothing
    }
  </div>`;
}

/** An error, said assertively once when it appears: what went wrong and, where it can help, a retry. */
export function renderError(options: {
  heading: string;
  detail?: string;
  retry?: StateAction;
}): TemplateResult {
  const { heading, detail, retry } = options;
  return html`<div class="cx-state cx-state--error" part="error">
    ${announce([heading, detail].filter(Boolean).join(' '), 'assertive')}<span class="cx-state__icon"
      >${renderIcon(iconAlert)}</span
    >
    <p class="cx-state__heading">${heading}</p>
    ${detail ? html`<p class="cx-state__detail">${detail}</p>` : nothing}
    ${
      retry
        ? html`<button type="button" class="cx-button" part="retry-button" @click=${retry.onClick}>
            ${renderIcon(iconRefresh)} ${retry.label}
          </button>`
        : nothing
    }
  </div>`;
}

/** What `describeError` needs of a widget's localization. */
export interface ErrorWording {
  readonly messages: Messages;
  /** The locale times are written in. */
  readonly locale: string;
}

/** What to tell an agent about a failure, in their language. */
export interface ErrorDescription {
  heading: string;
  detail?: string;
  /** Whether trying the same thing again may help; when not, no "Try again" is offered. */
  retryable: boolean;
}

/** What to tell an agent about a failure, in their language: heading, a useful detail, and whether to offer a retry. */
export function describeError(error: unknown, wording: ErrorWording): ErrorDescription {
  const { messages } = wording;
  const apiError = error as Partial<CxApiError> | null;
  switch (apiError?.kind) {
    case 'network':
    case 'timeout':
      return { heading: messages.errorHeading, detail: messages.errorDetailNetwork, retryable: true };
    case 'invalid-response': {
      // Words an administrator can act on: which request, which field.
      const where = [apiError.request, apiError.path].filter(Boolean).join(': ');
      return {
        heading: messages.errorHeadingInvalid,
        detail: messages.errorDetailInvalid(where || '?'),
        retryable: false,
      };
    }
    case 'unauthorized':
      return { heading: messages.errorHeading, detail: messages.errorDetailAuth, retryable: true };
    case 'forbidden':
      return { heading: messages.errorHeading, detail: messages.errorDetailForbidden, retryable: false };
    case 'not-configured':
      return {
        heading: messages.errorHeadingNotConfigured,
        detail: messages.errorDetailNotConfigured,
        retryable: true,
      };
    case 'unsupported':
      return {
        heading: messages.errorHeadingUnsupported,
        detail: messages.errorDetailUnsupported,
        retryable: false,
      };
    case 'misconfigured':
      return {
        heading: messages.errorHeadingMisconfigured,
        detail: messages.errorDetailMisconfigured,
        retryable: false,
      };
    default: {
      // A problem+json title is the server's own words for what happened.
      const heading = apiError?.title || messages.errorHeading;
      const retryAt = apiError?.retryAt;
      if (retryAt !== undefined && retryAt > Date.now())
        return {
          heading,
          detail: messages.errorDetailRetryAfter(formatDelay(retryAt - Date.now(), wording.locale)),
          retryable: true,
        };
      return { heading, detail: apiError?.detail ?? undefined, retryable: true };
    }
  }
}

/**
 * The error state of a failed load: `describeError`'s words (or `words`, for a failure the widget
 * words itself, such as "Customer not found"), with "Try again" only where a retry can help.
 */
export function renderLoadError(
  error: unknown,
  wording: ErrorWording,
  retry: () => void,
  words?: { heading: string; detail?: string },
): TemplateResult {
  const description = describeError(error, wording);
  return renderError({
    ...(words ?? description),
    retry: description.retryable ? { label: wording.messages.retry, onClick: retry } : undefined,
  });
}
