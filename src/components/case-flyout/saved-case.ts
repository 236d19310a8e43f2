import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { HostState } from '../../core/host-state.js';
import { iconCheck, iconChevronLeft, renderIcon } from '../../core/icons.js';
import { announce } from '../../core/interactions/announcer.js';
import { CxTicketOpenEvent } from '../ticket-history/events.js';
import type { SavedCase } from './case-submission.js';
import type { CaseFormMessages } from './form-messages.js';

// After a save: what the server has (with the case's number), and Open case, Create another case
// or Close. "Open case" is the host's to handle (cancelable `cx-ticket-open`); otherwise the case
// shows in the flyout, with a way back.

export interface SavedCaseHost extends ReactiveControllerHost, HTMLElement {
  readonly text: CaseFormMessages;
  /** The scheme the case is shown in. */
  readonly scheme: 'light' | 'dark';
  /** "Create another case": a fresh form. */
  another(): void;
  /** "Close", or the host opened the case itself. */
  close(): void;
}

export class SavedCaseView {
  private readonly state: HostState<{ saved?: SavedCase; viewing: boolean }>;

  constructor(private readonly host: SavedCaseHost) {
    this.state = new HostState(host, { viewing: false });
  }

  get saved(): SavedCase | undefined {
    return this.state.value.saved;
  }

  /** Says what was saved, focus on "Open case". */
  async show(saved: SavedCase): Promise<void> {
    await this.showing({ saved, viewing: false }, '.created .cx-button--primary');
  }

  /** Back to the form. */
  clear(): void {
    this.state.value = { viewing: false };
  }

  private async showing(state: { saved: SavedCase; viewing: boolean }, focus: string): Promise<void> {
    this.state.value = state;
    await this.host.updateComplete;
    this.host.querySelector<HTMLElement>(focus)?.focus();
  }

  private async open(saved: SavedCase): Promise<void> {
    if (!this.host.dispatchEvent(new CxTicketOpenEvent(saved.ticket))) return this.host.close();
    await import('../ticket-detail/define.js');
    await this.showing({ saved, viewing: true }, '.created-view .back');
  }

  /** Undefined while nothing is saved: the form shows. */
  render(): TemplateResult | undefined {
    const { saved, viewing } = this.state.value;
    if (!saved) return undefined;
    const { text } = this.host;
    const { ticket, kind } = saved;
    if (viewing) {
      return html`<div class="created-view">
        <div class="detail-header">
          <button type="button" class="cx-button back" @click=${() => this.show(saved)}>
            ${renderIcon(iconChevronLeft)} ${text.backToConfirmation}
          </button>
        </div>
        <cx-ticket-detail .ticketId=${ticket.id} theme=${this.host.scheme}></cx-ticket-detail>
      </div>`;
    }
    const said = kind === 'created' ? text.caseCreated(ticket.number) : text.addedTo(ticket.number);
    return html`<div class="created">
      ${announce(said)}
      <h3 class="created-heading" id="created-heading">${renderIcon(iconCheck)}${said}</h3>
      <p><bdi>${ticket.subject}</bdi></p>
      <div class="actions">
        <button type="button" class="cx-button cx-button--primary" @click=${() => this.open(saved)}>
          ${text.openCase}
        </button>
        <button type="button" class="cx-button" @click=${() => this.host.another()}>
          ${text.anotherCase}
        </button>
        <button type="button" class="cx-button" @click=${() => this.host.close()}>${text.closeFlyout}</button>
      </div>
    </div>`;
  }
}
