import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { anchorTo } from '../../core/anchor.js';
import { PopoverController } from '../../core/interactions/popover.js';
import {
  COLUMN_IDS,
  DEFAULT_COLUMNS,
  moveColumn,
  toggleColumn,
  type ColumnChoice,
  type ColumnId,
} from './log-columns.js';
import type { LogMessages } from './strings.js';

/** What the chooser needs from the log. */
export interface ColumnChooserHost extends ReactiveControllerHost, HTMLElement {
  readonly columnChoice: ColumnChoice;
  /** The agent chose: the log shows it, keeps it and tells the host page. */
  chooseColumns(choice: ColumnChoice): void;
  /** Sets a column's width (kept and told as any choice). */
  resizeColumn(id: ColumnId, width: number | undefined): void;
  /** A column's width as shown now. */
  columnWidth(id: ColumnId): number | undefined;
  say(text: string): void;
}

/** How much Wider and Narrower change a column (CSS pixels). */
const WIDTH_STEP = 32;

/**
 * "Columns": a popover listing every column, the shown ones first in their order: a checkbox shows
 * or hides one (never the last), "Move earlier/later" reorders and "Wider/Narrower" resizes (from
 * the keyboard too, where dragging would leave keyboard users out), "Reset columns" goes back to
 * the default set and widths. Loaded the first time "Columns" is pressed; the log renders the button.
 */
export class ColumnChooser {
  readonly popover: PopoverController;

  constructor(
    private readonly host: ColumnChooserHost,
    private readonly text: { readonly strings: LogMessages },
  ) {
    this.popover = new PopoverController(host, {
      popover: () => host.shadowRoot?.querySelector<HTMLElement>('#log-columns'),
      trigger: () => host.shadowRoot?.querySelector<HTMLElement>('.columns-button'),
      placement: 'bottom-end',
      offset: 6,
      minBlockSize: 160,
      fitInline: true,
      anchorTo,
    });
  }

  renderPopover(): TemplateResult {
    const text = this.text.strings;
    return this.popover.render('log-columns', text.columnsDialogLabel, () => this.renderContent());
  }

  private renderContent(): TemplateResult {
    const text = this.text.strings;
    const { shown } = this.host.columnChoice;
    const hidden = COLUMN_IDS.filter((id) => !shown.includes(id));
    const move = (id: ColumnId, by: -1 | 1, label: string, disabled: boolean) =>
      html`<button
        type="button"
        class="cx-button move"
        data-move=${by}
        aria-label=${label}
        aria-disabled=${disabled ? 'true' : 'false'}
        @click=${() => !disabled && this.change(moveColumn(this.host.columnChoice, id, by), id, by)}
      >
        ${by < 0 ? '↑' : '↓'}
      </button>`;
    return html`<ul class="columns-form">
        ${[...shown, ...hidden].map((id) => {
          const name = text.column[id];
          const isShown = shown.includes(id);
          const index = shown.indexOf(id);
          return html`<li data-column=${id}>
            <label
              ><input
                type="checkbox"
                .checked=${isShown}
                aria-disabled=${isShown && shown.length === 1 ? 'true' : 'false'}
                @change=${(event: Event) => {
                  const next = toggleColumn(this.host.columnChoice, id);
                  // The last shown column stays: the checkbox goes back to checked.
                  if (next === this.host.columnChoice) (event.target as HTMLInputElement).checked = true;
                  else this.host.chooseColumns(next);
                }}
              />${name}</label
            >
            ${
              isShown
                ? html`${move(id, -1, text.moveEarlier(name), index === 0)}
                  ${move(id, 1, text.moveLater(name), index === shown.length - 1)}
                  ${this.renderResize(id, name, -1)} ${this.renderResize(id, name, 1)}`
                : nothing
            }
          </li>`;
        })}
      </ul>
      <div class="form-actions">
        <button type="button" class="cx-link-button" @click=${() => this.host.chooseColumns(DEFAULT_COLUMNS)}>
          ${text.resetColumns}
        </button>
        <button type="button" class="cx-button" @click=${() => this.popover.hide()}>${text.done}</button>
      </div>`;
  }

  /** Narrower (-1) or Wider (+1); the new width is said. */
  private renderResize(id: ColumnId, name: string, by: -1 | 1): TemplateResult {
    const text = this.text.strings;
    return html`<button
      type="button"
      class="cx-button resize"
      data-resize=${by}
      aria-label=${by < 0 ? text.narrower(name) : text.wider(name)}
      @click=${() => {
        const width = (this.host.columnWidth(id) ?? 160) + by * WIDTH_STEP;
        this.host.resizeColumn(id, width);
        const kept = this.host.columnChoice.widths?.[id];
        if (kept) this.host.say(text.columnWidthNow(name, kept));
      }}
    >
      ${by < 0 ? '−' : '+'}
    </button>`;
  }

  /** Reorders; focus stays on the same move button of the column, which moved with it. */
  private change(choice: ColumnChoice, id: ColumnId, by: -1 | 1): void {
    this.host.chooseColumns(choice);
    void this.host.updateComplete.then(() =>
      this.host.shadowRoot
        ?.querySelector<HTMLElement>(`#log-columns li[data-column="${id}"] [data-move="${by}"]`)
        ?.focus(),
    );
  }
}
