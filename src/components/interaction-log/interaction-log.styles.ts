import { css } from 'lit';

export const interactionLogStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    container-type: inline-size;
    block-size: var(--cx-interaction-log-block-size, 40rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    overflow: hidden;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
    padding: var(--_space-3) var(--_space-4);
  }
  .sort-select {
    display: none;
  }
  .export-status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-2) var(--_space-4);
    border-block-start: 1px solid var(--_border);
    background: var(--_bg-subtle);
    overflow-wrap: anywhere;
  }
  .rating-status {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-4);
    border-block-start: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_danger);
    background: var(--_bg-subtle);
    overflow-wrap: anywhere;
  }
  .rating-status--conflict {
    border-inline-start-color: var(--_warning);
  }
  .rating-heading,
  .rating-detail {
    margin: 0;
  }
  .rating-heading {
    font-weight: 600;
  }
  .rating-status .versions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-4);
    margin: 0;
  }
  .rating-status .versions dd {
    margin: 0;
    font-weight: 600;
  }
  .rating-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .rating-form fieldset {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .rating-choice {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    padding-block: var(--_space-1);
    overflow-wrap: anywhere;
  }
  [role='gridcell'].editable {
    cursor: pointer;
  }
  .edit-mark {
    margin-inline-start: var(--_space-1);
    color: var(--_text-muted);
    opacity: 0.6;
  }
  [role='gridcell'].editable:hover .edit-mark,
  [role='gridcell'].editable:focus-visible .edit-mark {
    opacity: 1;
  }
  [role='gridcell'][aria-busy='true'] {
    color: var(--_text-muted);
  }
  .export-status progress {
    inline-size: min(12rem, 100%);
  }
  .export-status--error {
    color: var(--_danger);
  }
  .body {
    border-block-start: 1px solid var(--_border);
  }
  .grid {
    flex: 1;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
  }
  /* The header stays put above the scrolling rows, and follows them sideways (see onScroll). */
  .head {
    flex: none;
    overflow: hidden;
    border-block-end: 1px solid var(--_border);
    background: var(--_bg-subtle);
  }
  .scroller:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: -3px;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_log-columns);
    inline-size: var(--_log-width);
    min-inline-size: 100%;
    border-block-end: 1px solid var(--_border);
  }
  .body .row {
    cursor: pointer;
  }
  .body .row:hover {
    background: var(--_bg-subtle);
  }
  [role='gridcell'],
  [role='columnheader'] {
    min-inline-size: 0;
    padding: var(--_space-2) var(--_space-3);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  [role='gridcell']:focus-visible,
  [role='columnheader']:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: -3px;
  }
  [role='columnheader'] {
    display: flex;
    align-items: center;
    gap: var(--_space-1);
    font-weight: 600;
    text-align: start;
  }
  [role='columnheader'].sortable {
    cursor: pointer;
  }
  [role='columnheader'] {
    position: relative;
  }
  /* The edge a pointer drags to resize (the keyboard's way is in Columns). */
  .resize-handle {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: 0.5rem;
    cursor: col-resize;
    touch-action: none;
    border-inline-end: 2px solid transparent;
  }
  .resize-handle:hover {
    border-inline-end-color: var(--_accent);
  }
  [role='columnheader'][aria-sort='ascending'],
  [role='columnheader'][aria-sort='descending'] {
    color: var(--_accent);
  }
  .sort-mark {
    flex: none;
    inline-size: 1em;
  }
  .cell-label {
    display: none;
  }
  .case-number {
    color: var(--_accent);
    font-weight: 600;
  }
  .sla {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    font-weight: 600;
  }
  .sla--met {
    color: var(--_success);
  }
  .sla--breached {
    color: var(--_danger);
  }
  .sla--pending,
  .sla--other {
    color: var(--_text-muted);
  }
  .columns-form {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .columns-form li {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
  }
  .columns-form label {
    flex: 1;
    min-inline-size: 0;
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    overflow-wrap: anywhere;
  }
  .move {
    min-inline-size: 28px;
    min-block-size: 28px;
    padding: 0;
  }
  .form-actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: var(--_space-3);
    margin-block-start: var(--_space-3);
  }
  .record {
    flex: 1;
    min-block-size: 0;
    overflow: auto;
    padding: var(--_space-4);
  }
  .record h3,
  .record h4 {
    margin: var(--_space-3) 0 var(--_space-2);
    overflow-wrap: anywhere;
  }
  .record dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(10rem, 100%), 1fr));
    gap: var(--_space-3) var(--_space-4);
    margin: 0;
  }
  .record dl > div {
    min-inline-size: 0;
  }
  .record dt {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .record dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .record audio {
    inline-size: 100%;
    max-inline-size: 28rem;
  }
  .record ul {
    margin: 0;
    padding-inline-start: var(--_space-5);
  }
  .record .notes {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .record cx-ticket-detail {
    margin-block-start: var(--_space-3);
  }
  /* A narrow column: each record is a card of labelled lines; the header becomes a sort select. */
  @container (max-inline-size: 479px) {
    .head {
      display: none;
    }
    .sort-select {
      display: flex;
      align-items: center;
      gap: var(--_space-2);
      min-inline-size: 0;
    }
    .sort-select select {
      min-inline-size: 0;
      max-inline-size: 100%;
    }
    .row {
      grid-template-columns: minmax(0, 1fr);
      inline-size: auto;
      padding-block: var(--_space-2);
    }
    [role='gridcell'] {
      display: flex;
      gap: var(--_space-2);
      padding-block: 0;
      white-space: normal;
      overflow-wrap: anywhere;
    }
    .cell-label {
      display: inline;
      flex: none;
      max-inline-size: 45%;
      color: var(--_text-muted);
    }
  }
  @media (forced-colors: active) {
    [role='columnheader'][aria-sort='ascending'],
    [role='columnheader'][aria-sort='descending'] {
      color: Highlight;
    }
  }
`;
