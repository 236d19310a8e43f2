import { css, html } from 'lit';
import { CxElement, defineElement } from '../src/index.js';
import { CHANNELS, PRIORITIES, TICKET_STATUSES } from '../src/core/vocabulary.js';
import { channelIcon, priorityIcon, renderIcon, statusIcon } from '../src/core/icons.js';
import { renderEmpty, renderError, renderLoading, stateStyles } from '../src/core/states.js';

/** Demo-only: the shared parts (icons, states, formatting) in the current language and theme. */
class CxDemoFoundation extends CxElement {
  static override styles = [
    CxElement.styles,
    stateStyles,
    css`
      :host {
        border: 1px solid var(--_border);
        border-radius: var(--_radius-lg);
        padding: var(--_space-5);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
        gap: var(--_space-5);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: flex;
        flex-wrap: wrap;
        gap: var(--_space-3);
      }
      li {
        display: inline-flex;
        align-items: center;
        gap: var(--_space-2);
        padding: var(--_space-1) var(--_space-3);
        border-radius: var(--_radius-pill);
        background: var(--_bg-subtle);
      }
      .status-open {
        background: var(--_status-open-bg);
        color: var(--_status-open-text);
      }
      .status-new {
        background: var(--_status-new-bg);
        color: var(--_status-new-text);
      }
      .status-pending {
        background: var(--_status-pending-bg);
        color: var(--_status-pending-text);
      }
      .status-on_hold {
        background: var(--_status-on-hold-bg);
        color: var(--_status-on-hold-text);
      }
      .status-resolved {
        background: var(--_status-resolved-bg);
        color: var(--_status-resolved-text);
      }
      .status-closed {
        background: var(--_status-closed-bg);
        color: var(--_status-closed-text);
      }
      section > * + * {
        margin-top: var(--_space-4);
      }
      h2 {
        font-size: var(--_font-size-lg);
        margin: 0 0 var(--_space-3);
      }
    `,
  ];

  protected override render() {
    const { messages } = this.localize;
    const threeDaysAgo = Date.now() - 3 * 86400_000;
    return html`
      <div class="grid">
        <section>
          <h2>${messages.channel.email} · ${messages.channel.line} · …</h2>
          <ul>
            ${CHANNELS.map((channel) => html`<li>${renderIcon(channelIcon(channel))} ${messages.channel[channel]}</li>`)}
          </ul>
          <ul>
            ${TICKET_STATUSES.map(
              (status) =>
                html`<li class="status-${status}">
                  ${renderIcon(statusIcon(status))} ${messages.status[status]}
                </li>`,
            )}
          </ul>
          <ul>
            ${PRIORITIES.map((priority) => html`<li>${renderIcon(priorityIcon(priority))} ${messages.priority[priority]}</li>`)}
          </ul>
          <p>
            ${this.localize.relativeTime(threeDaysAgo)} · ${this.localize.dateTime(threeDaysAgo)} ·
            ${this.localize.duration(252)} · ${messages.ticketCount(5)}
          </p>
        </section>
        <section>${renderLoading(messages.loading)}</section>
        <section>${renderEmpty({ heading: messages.emptyHeading, detail: messages.ticketCount(0) })}</section>
        <section>
          ${renderError({
            heading: messages.errorHeading,
            detail: messages.errorDetailNetwork,
            retry: { label: messages.retry, onClick: () => this.requestUpdate() },
          })}
        </section>
      </div>
    `;
  }
}

defineElement('cx-demo-foundation', CxDemoFoundation);
