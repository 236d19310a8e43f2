import { html, nothing, type TemplateResult } from 'lit';
import { isRightToLeft } from '../../core/interactions/focus.js';
import { columnById, type ColumnChoice, type ColumnId } from './log-columns.js';
import type { LogSort } from './log-view.js';

// The grid's header row and column widths (WAI-ARIA grid: rows of cells, one tab stop; see the
// element). The rows are log-row.ts.

/** Each column's width on a wide screen: wide enough for its usual value. */
const COLUMN_WIDTH: Record<ColumnId, string> = {
  caseNumber: '7.5rem',
  contact: '11rem',
  contactLabel: '7rem',
  channel: '8.5rem',
  channelCategory: '10rem',
  queue: '8rem',
  agent: '10rem',
  direction: '7rem',
  startedAt: '11rem',
  endedAt: '11rem',
  handleSeconds: '7.5rem',
  firstResponseSeconds: '8rem',
  recording: '7rem',
  disposition: '10rem',
  reason: '10rem',
  tags: '10rem',
  notes: '14rem',
  sentiment: '7.5rem',
  csat: '6rem',
  sla: '7.5rem',
  conversations: '9rem',
};

/**
 * The grid's columns, as the CSS the element adopts for them (no inline styles): a resized column
 * keeps its width, the others share what room is left.
 */
export function columnTemplate(choice: ColumnChoice): string {
  const tracks = choice.shown.map((id) => {
    const width = choice.widths?.[id];
    return width ? `${width}px` : `minmax(${COLUMN_WIDTH[id]}, 1fr)`;
  });
  // The rows' least width, given rather than measured: a max-content row made the browser size
  // every cell's text on every scrolled frame.
  const least = choice.shown.map((id) => (choice.widths?.[id] ? `${choice.widths[id]}px` : COLUMN_WIDTH[id]));
  return `:host { --_log-columns: ${tracks.join(' ')}; --_log-width: calc(${least.join(' + ')}); }`;
}

export interface HeaderView {
  shown: readonly ColumnId[];
  sort: LogSort;
  names: Record<ColumnId, string>;
  sortBy: (column: string) => string;
  active: number;
  onKeydown(event: KeyboardEvent): void;
  onFocusIn(event: FocusEvent): void;
  onSort(id: ColumnId): void;
  /** A header's edge was dragged: the column's new width (`done` when the pointer is released). */
  onResize(id: ColumnId, width: number, done: boolean): void;
}

/**
 * Dragging a header's edge resizes its column (the pointer's way; the keyboard's is "Wider" and
 * "Narrower" in Columns). The edge is on the inline end: in right-to-left, leftwards is wider.
 */
function startResize(event: PointerEvent, id: ColumnId, view: HeaderView): void {
  if (event.button !== 0) return;
  event.preventDefault();
  event.stopPropagation();
  const handle = event.currentTarget as HTMLElement;
  const header = handle.closest<HTMLElement>('[role="columnheader"]')!;
  const startX = event.clientX;
  const startWidth = header.getBoundingClientRect().width;
  const sign = isRightToLeft(header) ? -1 : 1;
  handle.setPointerCapture(event.pointerId);
  const widthAt = (moved: PointerEvent) => startWidth + sign * (moved.clientX - startX);
  const move = (moved: PointerEvent) => view.onResize(id, widthAt(moved), false);
  const end = (ended: PointerEvent) => {
    handle.removeEventListener('pointermove', move);
    handle.removeEventListener('pointerup', end);
    handle.removeEventListener('pointercancel', end);
    view.onResize(id, widthAt(ended), true);
  };
  handle.addEventListener('pointermove', move);
  handle.addEventListener('pointerup', end);
  handle.addEventListener('pointercancel', end);
}

/** The header row: each sortable column says how it is sorted, and sorts on Enter, Space or a click. */
export function renderHeader(view: HeaderView): TemplateResult {
  return html`<div
    class="row head-row"
    role="row"
    aria-rowindex="1"
    @keydown=${view.onKeydown}
    @focusin=${view.onFocusIn}
    @click=${(event: MouseEvent) => {
      // A click on a sortable header sorts (its keys are the row's: Enter and Space); its resize
      // edge does not.
      if ((event.target as Element).closest('.resize-handle')) return;
      const cell = (event.target as Element).closest<HTMLElement>('[role="columnheader"].sortable');
      const id = view.shown[Number(cell?.dataset.index)];
      if (id) view.onSort(id);
    }}
  >
    ${view.shown.map((id, index) => {
      const column = columnById(id);
      const sorted = column.sort && view.sort.by === column.sort;
      const ariaSort = sorted
        ? view.sort.order === 'asc'
          ? 'ascending'
          : 'descending'
        : column.sort
          ? 'none'
          : nothing;
      return html`<div
        role="columnheader"
        id="col-${id}"
        class=${column.sort ? 'sortable' : ''}
        aria-colindex=${index + 1}
        data-index=${index}
        aria-sort=${ariaSort}
        tabindex=${index === view.active ? 0 : -1}
        title=${column.sort ? view.sortBy(view.names[id]) : nothing}
      >
        <span class="header-text">${view.names[id]}</span>
        <span class="sort-mark" aria-hidden="true"
          >${sorted ? (view.sort.order === 'asc' ? '▲' : '▼') : ''}</span
        >
        <span
          class="resize-handle"
          aria-hidden="true"
          @pointerdown=${(event: PointerEvent) => startResize(event, id, view)}
        ></span>
      </div>`;
    })}
  </div>`;
}
