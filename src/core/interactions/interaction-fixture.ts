import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import { announce } from './announcer.js';
import { ComboboxController } from './combobox.js';
import { DialogController } from './dialog.js';
import { FocusKeeper } from './focus-keeper.js';
import { PopoverController } from './popover.js';
import { RovingFocusController } from './roving-focus.js';
import { anchorTo } from '../anchor.js';

// One element that uses every pattern of the interaction layer, for their tests: a list, tabs, a
// grid, removable chips, a popover, a combobox and a dialog. Tests drive it with real keys.

const FRUITS = ['Apple', 'Apricot', 'Banana', 'Blueberry', 'Cherry', 'Date', 'Elderberry', 'Fig'];

export class CxInteractionFixture extends LitElement {
  @state() chips = ['one', 'two', 'three'];
  @state() busy = false;
  @state() generation = 0;
  @state() showRetry = true;
  @state() tab = 0;
  @state() said = '';
  @state() results: string[] = [];
  @state() searching = false;
  @state() searchError = false;
  chosen = '';
  searches: string[] = [];

  readonly keeper = new FocusKeeper(this, {
    fallback: () => this.renderRoot.querySelector<HTMLElement>('#fallback'),
  });
  readonly list = new RovingFocusController(this, {
    orientation: 'vertical',
    pageStep: 3,
    count: () => FRUITS.length,
    element: (index) => this.renderRoot.querySelector<HTMLElement>(`#fruit-${index}`),
    label: (index) => FRUITS[index]!,
    skip: (index) => FRUITS[index] === 'Date',
  });
  readonly tabs = new RovingFocusController(this, {
    orientation: 'horizontal',
    wrap: true,
    count: () => 3,
    element: (index) => this.renderRoot.querySelector<HTMLElement>(`#tab-${index}`),
    onMove: (index) => (this.tab = index),
  });
  readonly grid = new RovingFocusController(this, {
    orientation: 'grid',
    columns: () => 3,
    count: () => 9,
    element: (index) => this.renderRoot.querySelector<HTMLElement>(`#cell-${index}`),
  });
  readonly pop = new PopoverController(this, {
    popover: () => this.renderRoot.querySelector<HTMLElement>('#pop'),
    trigger: () => this.renderRoot.querySelector<HTMLElement>('#pop-trigger'),
    placement: 'bottom-start',
    offset: 4,
    minBlockSize: 80,
    anchorTo,
  });
  readonly combobox = new ComboboxController(this, {
    debounceMs: 50,
    count: () => this.results.length,
    state: () => ({ loading: this.searching, error: this.searchError ? new Error('down') : null }),
    choose: (index) => (this.chosen = this.results[index]!),
    search: (text) => {
      this.searches.push(text);
      this.results = text ? FRUITS.filter((fruit) => fruit.toLowerCase().startsWith(text.toLowerCase())) : [];
    },
  });
  readonly dialog = new DialogController(this, {
    dialog: () => this.renderRoot.querySelector('dialog'),
  });

  get announcedName(): string {
    return 'Fixture';
  }

  get locale(): string {
    return 'en';
  }

  removeChip(index: number): void {
    this.keeper.handOffTo(() => {
      const chips = this.renderRoot.querySelectorAll<HTMLElement>('.chip');
      return (
        chips[Math.min(index, chips.length - 1)] ?? this.renderRoot.querySelector<HTMLElement>('#search')
      );
    });
    this.chips = this.chips.filter((_, at) => at !== index);
  }

  protected override render(): TemplateResult {
    return html`
      <input id="search" aria-label="Search" />
      <div id="fallback" tabindex="-1">fallback</div>
      <ul role="listbox" aria-label="Fruit" @keydown=${this.list.onKeydown} @focusin=${this.list.onFocusIn}>
        ${FRUITS.map(
          (fruit, index) =>
            html`<li
              role="option"
              aria-selected=${this.list.active === index ? 'true' : 'false'}
              id=${`fruit-${index}`}
              data-index=${index}
              tabindex=${this.list.tabIndexOf(index)}
            >
              ${fruit}
            </li>`,
        )}
      </ul>
      <div role="tablist" aria-label="Tabs" @keydown=${this.tabs.onKeydown} @focusin=${this.tabs.onFocusIn}>
        ${[0, 1, 2].map(
          (index) =>
            html`<button
              role="tab"
              id=${`tab-${index}`}
              data-index=${index}
              aria-selected=${this.tab === index ? 'true' : 'false'}
              tabindex=${this.tabs.tabIndexOf(index)}
            >
              Tab ${index}
            </button>`,
        )}
      </div>
      <div role="grid" aria-label="Grid" @keydown=${this.grid.onKeydown} @focusin=${this.grid.onFocusIn}>
        ${[0, 1, 2].map(
          (row) =>
            html`<div role="row">
              ${[0, 1, 2].map((column) => {
                const index = row * 3 + column;
                return html`<span
                  role="gridcell"
                  id=${`cell-${index}`}
                  data-index=${index}
                  tabindex=${this.grid.tabIndexOf(index)}
                  >${index}</span
                >`;
              })}
            </div>`,
        )}
      </div>
      <ul class="chips" data-focus-fallback tabindex="-1">
        ${this.chips.map(
          (chip, index) =>
            html`<li>
              <button class="chip" @click=${() => this.removeChip(index)}>Remove ${chip}</button>
            </li>`,
        )}
      </ul>
      <section data-focus-fallback tabindex="-1" id="section">
        ${this.showRetry ? html`<button id="retry" @click=${() => (this.showRetry = false)}>Try again</button>` : nothing}
        <button id="busy" ?disabled=${this.busy} @click=${() => (this.busy = true)}>Load</button>
        ${this.generation % 2 ? html`<button id="same">Again</button>` : html`<button id="same">Again</button>`}
      </section>
      <button id="pop-trigger" aria-expanded=${this.pop.isOpen} @click=${() => this.pop.toggle()}>
        Filters
      </button>
      <div
        id="pop"
        popover="auto"
        role="dialog"
        aria-label="Filters"
        @beforetoggle=${this.pop.onBeforeToggle}
        @toggle=${this.pop.onToggle}
        @focusout=${this.pop.onFocusOut}
      >
        ${this.pop.isOpen ? html`<input id="pop-first" aria-label="First" /><button id="pop-done" @click=${() => this.pop.hide()}>Done</button>` : nothing}
      </div>
      <button id="after-pop">After</button>
      <div class="combo" @focusout=${this.combobox.onFocusOut}>
        <input
          id="combo"
          role="combobox"
          aria-label="Fruit search"
          aria-expanded=${this.combobox.expanded ? 'true' : 'false'}
          aria-controls="combo-list"
          aria-activedescendant=${this.combobox.active >= 0 ? `combo-${this.combobox.active}` : nothing}
          @input=${this.combobox.onInput}
          @keydown=${this.combobox.onKeydown}
        />
        <ul id="combo-list" role="listbox" aria-label="Fruit" ?hidden=${!this.combobox.expanded}>
          ${this.results.map(
            (fruit, index) =>
              // Chosen from the keyboard on the box (aria-activedescendant); the click is for pointers.
              // eslint-disable-next-line lit-a11y/click-events-have-key-events
              html`<li
                id=${`combo-${index}`}
                role="option"
                aria-selected=${index === this.combobox.active ? 'true' : 'false'}
                @mousedown=${this.combobox.preventPointerFocus}
                @click=${() => this.combobox.pick(index)}
              >
                ${fruit}
              </li>`,
          )}
        </ul>
        <span id="combo-status">${this.combobox.status}</span>
      </div>
      <button id="open-dialog" @click=${() => this.dialog.open({ modal: true })}>Open dialog</button>
      <dialog aria-label="Dialog">
        <input id="dialog-first" aria-label="In dialog" />
        <button id="dialog-close" @click=${() => this.dialog.close()}>Close</button>
        <div data-cx-live="polite" role="status" aria-live="polite"></div>
        <div data-cx-live="assertive" role="alert" aria-live="assertive"></div>
      </dialog>
      <p>${this.said ? announce(this.said) : nothing}</p>
    `;
  }
}
customElements.define('cx-interaction-fixture', CxInteractionFixture);

declare global {
  interface HTMLElementTagNameMap {
    'cx-interaction-fixture': CxInteractionFixture;
  }
}
