import { css } from 'lit';

export const conversationQueueStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    container-type: inline-size;
    block-size: var(--cx-conversation-queue-block-size, 36rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    overflow: hidden;
  }
  .tabs {
    display: flex;
    overflow-x: auto;
    border-block-end: 1px solid var(--_border);
    scrollbar-width: thin;
  }
  .tab {
    flex: 0 0 auto;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    min-block-size: 40px;
    padding: 0 var(--_space-4);
    border: 0;
    border-block-end: 3px solid transparent;
    background: transparent;
    color: var(--_text-muted);
    font: inherit;
    cursor: pointer;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_text);
    font-weight: 600;
  }
  .tab:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: -3px;
  }
  .count {
    min-inline-size: 1.5em;
    padding: 0 var(--_space-2);
    border-radius: 999px;
    background: var(--_bg-subtle);
    color: var(--_text);
    font-size: 0.85em;
    text-align: center;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
    padding: var(--_space-3) var(--_space-4);
  }
  .filters-form fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
  }
  .filters-form fieldset label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    overflow-wrap: anywhere;
  }
  .filters-form :is(select, input[type='date']) {
    min-block-size: 32px;
    font: inherit;
    font-weight: 400;
  }
  .form-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--_space-3);
  }
  .arrivals,
  .selection-bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-2) var(--_space-4);
    border-block-start: 1px solid var(--_border);
    background: var(--_bg-subtle);
  }
  .body {
    border-block-start: 1px solid var(--_border);
  }
  .selected-count {
    font-weight: 600;
  }
  .list {
    margin: 0;
    padding: 0;
  }
  .list:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: -3px;
  }
  /* Every row has one height at a given width (the virtualizer places rows from the first one it
     measures): each part has a single-line track, cut with an ellipsis, never wrapped. */
  .row {
    /* The containing block of the selection's bar (the virtualizer positions rows absolutely). */
    position: relative;
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    /* Whole pixels: rows of fractional heights make the virtualizer correct its placement (a
       second layout) on every scrolled frame. */
    grid-template-rows: repeat(3, round(up, 1.2lh, 1px)) auto;
    grid-template-areas:
      'check who'
      '. facts'
      '. last'
      '. note';
    column-gap: var(--_space-3);
    inline-size: 100%;
    box-sizing: border-box;
    padding: var(--_space-3) var(--_space-4);
    border-block-end: 1px solid var(--_border);
    cursor: pointer;
    /* Each row lays out on its own: scrolling adds a screenful of rows a frame. */
    contain: layout style;
  }
  .row:hover {
    background: var(--_bg-hover);
  }
  .row:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: -3px;
  }
  .row[aria-selected='true'] {
    background: var(--_bg-subtle);
  }
  /* The selection's bar on the row's starting edge (logical, so it follows dir into the shadow
     tree, which :dir() does not). */
  .row[aria-selected='true']::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: 0;
    inline-size: 3px;
    background: var(--_accent);
  }
  .row.busy {
    opacity: 0.75;
  }
  .check {
    grid-area: check;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 18px;
    block-size: 18px;
    box-sizing: border-box;
    align-self: center;
    border: 1.5px solid var(--_border-strong);
    border-radius: var(--_radius-sm);
  }
  .row[aria-selected='true'] .check {
    border-color: var(--_accent);
    background: var(--_accent);
    color: var(--_accent-text);
  }
  .who,
  .facts,
  .last {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    min-inline-size: 0;
    overflow: hidden;
    white-space: nowrap;
  }
  .who {
    grid-area: who;
  }
  .facts {
    grid-area: facts;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .last {
    grid-area: last;
    color: var(--_text-muted);
  }
  .name {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    font-weight: 600;
  }
  .channel {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .channel-name,
  .facts > span,
  .preview {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .preview {
    flex: 1;
  }
  .facts > span {
    flex: 0 1 auto;
  }
  .state {
    font-weight: 600;
    color: var(--_text);
  }
  .state--queued {
    color: var(--_warning);
  }
  .state--handled {
    color: var(--_accent);
  }
  .state--resolved {
    color: var(--_success);
  }
  .waiting {
    color: var(--_warning);
    font-weight: 600;
  }
  .label {
    padding: 0 var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .note {
    grid-area: note;
    margin: var(--_space-1) 0 0;
    font-size: 0.9em;
    overflow-wrap: anywhere;
  }
  .note--error {
    color: var(--_danger);
  }
  .note--warning {
    color: var(--_warning);
  }
  /* A full page: the parts become columns. */
  @container (min-inline-size: 720px) {
    .row {
      grid-template-columns: auto minmax(0, 26%) minmax(0, 30%) minmax(0, 1fr);
      grid-template-rows: round(up, 1.2lh, 1px) auto;
      grid-template-areas:
        'check who facts last'
        '. note note note';
    }
  }
  .agents {
    display: grid;
    gap: var(--_space-1);
    margin: var(--_space-3) 0 0;
    padding: 0;
    list-style: none;
  }
  .agent-option {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-3);
    inline-size: 100%;
    min-block-size: 36px;
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid transparent;
    border-radius: var(--_radius-md);
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .agent-option:hover {
    background: var(--_bg-hover);
  }
  .agent-option:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
  }
  .agent-name {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  .load {
    flex: none;
    color: var(--_text-muted);
  }
  .no-match {
    margin: var(--_space-3) 0 0;
    color: var(--_text-muted);
  }
  .detail {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-block-size: 0;
    padding: var(--_space-3) var(--_space-4);
    gap: var(--_space-3);
  }
  .back {
    align-self: flex-start;
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
  }
  .detail-title {
    font-size: 1.1em;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .detail-facts {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    margin: var(--_space-1) 0 0;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .detail-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-start: var(--_space-3);
  }
  .messages {
    flex: 1;
    min-block-size: 0;
    overflow: auto;
  }
  .messages:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
  }
  .message-list {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .message {
    min-inline-size: 0;
    max-inline-size: min(36rem, 90%);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-md);
    background: var(--_bg-subtle);
  }
  .message--outbound {
    justify-self: end;
    background: var(--_bg-raised);
  }
  .message-meta {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    color: var(--_text-muted);
    font-size: 0.85em;
  }
  .direction {
    font-weight: 600;
  }
  .message-body {
    margin: var(--_space-1) 0 0;
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  @media (forced-colors: active) {
    .tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }
    .row[aria-selected='true']::before {
      background: Highlight;
    }
    .row[aria-selected='true'] {
      outline: 2px solid Highlight;
      outline-offset: -2px;
    }
    .row[aria-selected='true'] .check {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
