import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { CxClient } from '../../api/client.js';
import type { AgentRef } from '../../api/types.js';
import { anchorTo } from '../../core/anchor.js';
import { HostState } from '../../core/host-state.js';
import { announce } from '../../core/interactions/announcer.js';
import { PopoverController } from '../../core/interactions/popover.js';
import { iconSearch, renderIcon } from '../../core/icons.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import type { QueueMessages } from './strings.js';

/** What the picker needs from the queue. */
export interface AgentPickerHost extends ReactiveControllerHost, HTMLElement {
  readonly client: CxClient | undefined;
  readonly shadowRoot: ShadowRoot | null;
  readonly agents: readonly AgentRef[];
  /** The agent was chosen: assign what the picker was opened for. */
  pickAgent(agent: AgentRef): void;
}

/**
 * "Assign to…": a popover with a search box and every agent with how many conversations they
 * handle now, so a supervisor spreads the work. The loads are the server's counts, fetched (through
 * the cache) when the picker opens. Opened from the selection bar or from an open conversation;
 * it returns focus to the button that opened it.
 */
export class AgentPicker {
  private readonly query = new HostState(this.host, '');
  private readonly loads = new HostState<ReadonlyMap<string, number>>(this.host, new Map());
  private trigger = '.assign-to';
  readonly popover: PopoverController;

  constructor(
    private readonly host: AgentPickerHost,
    private readonly localize: LocalizeController,
    private readonly text: { readonly strings: QueueMessages },
  ) {
    this.popover = new PopoverController(host, {
      popover: () => host.shadowRoot?.querySelector<HTMLElement>('#agent-picker'),
      trigger: () => host.shadowRoot?.querySelector<HTMLElement>(this.trigger),
      placement: 'bottom-start',
      offset: 6,
      minBlockSize: 160,
      fitInline: true,
      prepare: async () => {
        this.query.value = '';
        void this.fetchLoads();
      },
      anchorTo,
    });
  }

  /** Opens next to the button `trigger` (a selector in the queue's shadow root). */
  open(trigger: string): Promise<void> {
    this.trigger = trigger;
    return this.popover.show();
  }

  private async fetchLoads(): Promise<void> {
    const client = this.host.client;
    if (!client) return;
    const counts = await Promise.allSettled(
      this.host.agents.map((agent) =>
        client.queryClient.fetchQuery(
          client.conversationCounts({ assigneeId: [agent.id] }, this.localize.locale),
        ),
      ),
    );
    const loads = new Map<string, number>();
    counts.forEach((result, index) => {
      if (result.status === 'fulfilled') loads.set(this.host.agents[index]!.id, result.value.handled);
    });
    this.loads.value = loads;
  }

  private choose(agent: AgentRef): void {
    this.popover.hide();
    this.host.pickAgent(agent);
  }

  render(): TemplateResult {
    return this.popover.render('agent-picker', this.text.strings.pickerLabel, () => this.renderContent());
  }

  private renderContent(): TemplateResult {
    const text = this.text.strings;
    const query = this.query.value.trim().toLocaleLowerCase(this.localize.locale);
    const agents = this.host.agents.filter((agent) =>
      agent.name.toLocaleLowerCase(this.localize.locale).includes(query),
    );
    return html`<label class="search">
        ${renderIcon(iconSearch)}
        <span class="cx-visually-hidden">${text.pickerSearch}</span>
        <input
          type="search"
          placeholder=${text.pickerSearch}
          autocomplete="off"
          .value=${this.query.value}
          @input=${(event: InputEvent) => (this.query.value = (event.target as HTMLInputElement).value)}
          @keydown=${(event: KeyboardEvent) => {
            if (event.key === 'Enter' && agents.length === 1) this.choose(agents[0]!);
          }}
        />
      </label>
      ${
        agents.length
          ? html`<ul class="agents" aria-label=${text.pickerLabel}>
              ${agents.map((agent) => {
                const load = this.loads.value.get(agent.id);
                return html`<li>
                  <button type="button" class="agent-option" @click=${() => this.choose(agent)}>
                    <span class="agent-name">${agent.name}</span>
                    ${load === undefined ? nothing : html`<span class="load">${text.agentLoad(load)}</span>`}
                  </button>
                </li>`;
              })}
            </ul>`
          : html`<p class="no-match">${announce(text.noAgentMatches)}${text.noAgentMatches}</p>`
      }`;
  }
}
