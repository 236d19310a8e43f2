import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { HostState } from '../../core/host-state.js';
import { RovingFocusController } from '../../core/interactions/roving-focus.js';

// The form's three tabs (Details, Case notes, Attachments), with automatic activation: arrows
// select, mirrored right to left. Hidden panels stay rendered, so their editors keep their state.

export type FormTab = 'details' | 'notes' | 'attachments';
export const FORM_TABS: FormTab[] = ['details', 'notes', 'attachments'];

export interface FormTabsHost extends ReactiveControllerHost, HTMLElement {}

export class FormTabs {
  private readonly current: HostState<FormTab>;
  private readonly focus: RovingFocusController;

  constructor(private readonly host: FormTabsHost) {
    this.current = new HostState<FormTab>(host, 'details');
    this.focus = new RovingFocusController(host, {
      orientation: 'horizontal',
      wrap: true,
      count: () => FORM_TABS.length,
      element: (index) => host.querySelector<HTMLElement>(`#tab-${FORM_TABS[index]}`),
      onMove: (index) => void this.show(FORM_TABS[index]!),
    });
  }

  get tab(): FormTab {
    return this.current.value;
  }

  /** Shows `tab`; resolves once it is on screen. */
  async show(tab: FormTab): Promise<void> {
    this.current.value = tab;
    await this.host.updateComplete;
  }

  /** The tab list: each tab's label, and a count after it when it has one ("Attachments (2)"). */
  render(options: {
    label: string;
    labels: Record<FormTab, string>;
    counts: Record<FormTab, number>;
    inert: boolean;
  }): TemplateResult {
    const { labels, counts } = options;
    this.focus.active = FORM_TABS.indexOf(this.tab);
    return html`<div
      class="tabs"
      role="tablist"
      aria-label=${options.label}
      ?inert=${options.inert}
      @keydown=${this.focus.onKeydown}
    >
      ${FORM_TABS.map(
        (tab, index) =>
          html`<button
            type="button"
            role="tab"
            class="tab"
            id=${`tab-${tab}`}
            data-index=${index}
            aria-controls=${`panel-${tab}`}
            aria-selected=${this.tab === tab ? 'true' : 'false'}
            tabindex=${this.focus.tabIndexOf(index)}
            @click=${() => this.show(tab)}
          >
            ${labels[tab]}${
              counts[tab]
                ? // Read "Attachments (2)", not "Attachments2".
                  html`<span class="tab-count"
                    ><span class="cx-visually-hidden"> (</span>${counts[tab]}<span class="cx-visually-hidden"
                      >)</span
                    ></span
                  >`
                : nothing
            }
          </button>`,
      )}
    </div>`;
  }

  /** A tab's panel; hidden ones stay rendered, so their editors keep their state. */
  panel(tab: FormTab, content: TemplateResult): TemplateResult {
    return html`<div
      class="tab-panel"
      role="tabpanel"
      id=${`panel-${tab}`}
      aria-labelledby=${`tab-${tab}`}
      ?hidden=${this.tab !== tab}
    >
      ${content}
    </div>`;
  }
}

/** The close question, over unsaved work: keep editing, close (the draft is kept), or discard it. */
export function renderCloseQuestion(options: {
  heading: string;
  detail: string;
  keepEditing: { label: string; run(): void };
  close: { label: string; run(): void };
  discard: { label: string; run(): void };
}): TemplateResult {
  const { keepEditing, close, discard } = options;
  return html`<div
    class="confirm footer"
    part="footer"
    role="alertdialog"
    aria-modal="true"
    aria-labelledby="confirm-heading"
    aria-describedby="confirm-detail"
  >
    <p id="confirm-heading" class="confirm-heading">${options.heading}</p>
    <p id="confirm-detail">${options.detail}</p>
    <div class="actions">
      <button type="button" class="cx-button cx-button--primary" @click=${keepEditing.run}>
        ${keepEditing.label}
      </button>
      <button type="button" class="cx-button" @click=${close.run}>${close.label}</button>
      <button type="button" class="cx-button" @click=${discard.run}>${discard.label}</button>
    </div>
  </div>`;
}
