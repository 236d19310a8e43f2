import { html } from 'lit';
import { Directive, PartType, directive, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import type { Interaction } from '../../api/types.js';
import { iconEdit, iconStamp } from '../../core/icons.js';
import { StampHolder } from '../../core/stamp.js';
import { columnById, type CellContext, type ColumnId } from './log-columns.js';

// A grid row is up to twenty cells, and scrolling renders some twenty-five rows a frame. As a Lit
// template each cell was a template instance with about ten parts (some 4,000 a frame), and the
// scroll had tasks over 100 ms; so, as the inbox's and the history's rows do (queue-row.ts), a row
// is built with DOM calls once and each render writes only what changed. A cell with an icon (the
// channel, the SLA verdict) is a clone of a stamp made once per value.

export interface RowView {
  record: Interaction;
  index: number;
  shown: readonly ColumnId[];
  names: Record<ColumnId, string>;
  context: CellContext;
  /** The cell that is the grid's tab stop (-1: none in this row). */
  activeColumn: number;
  /** Columns this agent may change in place (they open a dialog of choices). */
  editable: readonly string[];
  /** Whether a change of this column is on its way to the server. */
  saving(column: ColumnId): boolean;
}

/** What one cell shows, every word already localized. */
interface CellView {
  id: ColumnId;
  label: string;
  words: string;
  /** A column with an icon: its markup is a stamp, known from the column and the words. */
  rich: boolean;
  active: boolean;
  editable: boolean;
  busy: boolean;
}

interface CellElements {
  cell: HTMLElement;
  label: HTMLElement;
  text: Text;
  rich: StampHolder;
  mark?: Element;
  shown?: CellView;
}

const editMark = iconStamp(iconEdit, '');

/** Sets something only when it differs from what the cell shows. */
function write<T>(shown: T | undefined, value: T, apply: (value: T) => void): void {
  if (shown !== value) apply(value);
}

function buildCell(column: number): CellElements {
  const cell = document.createElement('div');
  cell.setAttribute('role', 'gridcell');
  cell.setAttribute('aria-colindex', String(column + 1));
  const label = document.createElement('span');
  label.className = 'cell-label';
  label.setAttribute('aria-hidden', 'true');
  const text = document.createTextNode('');
  cell.append(label, text);
  return { cell, label, text, rich: new StampHolder() };
}

function writeCell(elements: CellElements, view: CellView, record: Interaction, context: CellContext): void {
  const { cell, shown } = elements;
  write(shown?.id, view.id, (id) => {
    cell.dataset.column = id;
  });
  write(shown?.label, view.label, (label) => (elements.label.textContent = label));
  write(shown?.active, view.active, (active) => (cell.tabIndex = active ? 0 : -1));
  write(shown?.busy, view.busy, (busy) => cell.toggleAttribute('aria-busy', busy));
  if (view.rich) {
    const definition = columnById(view.id);
    const before = elements.rich.element;
    const clone = elements.rich.show(
      `log cell ${view.id} ${view.words}`,
      () => html`<span class="cell-value">${definition.render!(record, context)}</span>`,
    );
    if (clone !== before) {
      before?.remove();
      elements.text.before(clone);
    }
    elements.text.data = '';
  } else {
    elements.rich.clear();
    elements.text.data = view.words;
  }
  write(shown?.editable, view.editable, (editable) => {
    cell.className = view.id === 'caseNumber' ? 'case-number' : editable ? 'editable' : '';
    if (editable) {
      cell.setAttribute('aria-haspopup', 'dialog');
      elements.mark = document.createElement('span');
      elements.mark.className = 'edit-mark';
      elements.mark.setAttribute('aria-hidden', 'true');
      elements.mark.append(new StampHolder().show(...editMark));
      cell.append(elements.mark);
    } else {
      cell.removeAttribute('aria-haspopup');
      elements.mark?.remove();
      elements.mark = undefined;
    }
  });
  elements.shown = view;
}

class LogRow extends Directive {
  private row?: HTMLElement;
  private cells: CellElements[] = [];
  private columns = '';
  private index?: number;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('logRow() belongs in child content');
  }

  render(view: RowView): HTMLElement {
    const { record, context } = view;
    let row = this.row;
    if (!row) {
      row = this.row = document.createElement('div');
      row.className = 'row';
      row.setAttribute('role', 'row');
    }
    // Columns shown, hidden or moved: the cells are made again (rare; a scroll never does it).
    const columns = view.shown.join(' ');
    if (columns !== this.columns) {
      this.columns = columns;
      this.cells = view.shown.map((_, column) => buildCell(column));
      row.replaceChildren(...this.cells.map((cell) => cell.cell));
    }
    row.id = `rec-${record.id}`;
    write(this.index, view.index, (index) => {
      row.setAttribute('aria-rowindex', String(index + 2));
      row.dataset.row = String(index);
    });
    this.index = view.index;
    view.shown.forEach((id, column) => {
      const definition = columnById(id);
      const words = definition.text(record, context);
      const editable = view.editable.includes(id);
      writeCell(
        this.cells[column]!,
        {
          id,
          label: view.names[id],
          words: words || context.text.noValue,
          rich: Boolean(definition.render && words),
          active: column === view.activeColumn,
          editable,
          busy: editable && view.saving(id),
        },
        record,
        context,
      );
    });
    return row;
  }
}

/**
 * Renders a grid row from its view. Keep it in one child part per record (`repeat()` or the
 * virtualizer, keyed by record): the row is kept and updated in place.
 */
export const logRow: (view: RowView) => LogRowResult = directive(LogRow);

export type LogRowResult = DirectiveResult<typeof LogRow>;
