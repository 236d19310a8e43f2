import { css } from 'lit';

export const ticketHistoryStyles = css`
  :host {
    display: flex;
    flex-direction: column;
    container-type: inline-size;
    block-size: var(--cx-ticket-history-block-size, 32rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    overflow: hidden;
  }
  :host([compact]) {
    block-size: auto;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
    align-items: center;
    padding: var(--_space-4);
    border-block-end: 1px solid var(--_border);
  }
  .statuses {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    inline-size: 100%;
  }
  .active-filters {
    padding: var(--_space-3) var(--_space-4);
    border-block-end: 1px solid var(--_border);
  }
  [popover] {
    padding: var(--_space-5);
  }
  .filters-form :is(select, input) {
    font-weight: normal;
    inline-size: 100%;
    min-inline-size: 0;
  }
  .checks {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-4);
    font-weight: normal;
  }
  .checks label {
    max-inline-size: 100%;
    display: inline-flex;
    gap: var(--_space-2);
    align-items: center;
  }
  .dates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(9rem, 100%), 1fr));
    gap: var(--_space-3);
  }
  .filters-actions {
    display: flex;
    justify-content: space-between;
    gap: var(--_space-3);
  }
  .list {
    margin: 0;
    padding: 0;
  }
  :host([compact]) .list {
    display: grid;
  }
  /* Every row has the same height: three single-line tracks (subject and status; number,
     assignee and time; tags), whatever the text, the script's fonts or the number of tags. The
     virtualizer then places rows exactly from its first measurement instead of correcting
     estimates (a second style and layout pass) on every scrolled frame. */
  /* Every row of a list has one height at a given width (the virtualizer places rows from the first
     one it measures), and every part has its place: as the panel narrows, the number, the time and
     the assignee each get a line of their own instead of being cut (see the @container rules). */
  .entry {
    display: grid;
    /* minmax(0, …): a long subject shrinks (with an ellipsis) instead of widening the row. */
    grid-template-columns: auto minmax(0, 1fr) auto;
    grid-template-rows: 1.15lh 1lh 1.15lh;
    grid-template-areas:
      'icon subject status'
      'icon meta meta'
      '. tags tags';
    gap: var(--_space-1) var(--_space-3);
    align-items: center;
    inline-size: 100%;
    padding: var(--_space-4);
    border-block-end: 1px solid var(--_border);
    cursor: pointer;
    outline-offset: -3px;
  }
  :host([compact]) .entry {
    grid-template-rows: auto;
  }
  .entry [part~='status-badge'] {
    grid-area: status;
  }
  .subject {
    grid-area: subject;
  }
  .meta {
    grid-area: meta;
  }
  .entry:hover {
    background: var(--_bg-hover);
  }
  .entry .cx-channel {
    grid-area: icon;
    align-self: start;
    padding-block-start: 2px;
    font-size: 1.1rem;
  }
  .subject {
    min-inline-size: 0;
    overflow: hidden;
    font-weight: 600;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .entry .cx-tags,
  .entry .match {
    grid-area: tags;
  }
  .meta,
  .entry .cx-tags {
    display: flex;
    flex-wrap: nowrap;
    gap: var(--_space-1) var(--_space-3);
    align-items: center;
    min-inline-size: 0;
    white-space: nowrap;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  /* Tags share one line: each shrinks to an ellipsis before any is cut off (the full names are
     read out, and shown in the ticket). */
  .entry .cx-tags {
    gap: var(--_space-2);
    overflow: hidden;
  }
  .entry .cx-tag {
    flex: 0 1 auto;
    min-inline-size: 3em;
  }
  .entry .cx-tag > [aria-hidden] {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* Why a search found the row: the words around the hit in its summary. */
  .entry .match {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .match mark {
    padding-inline: 1px;
    border-radius: 2px;
    background: var(--_status-pending-bg);
    color: var(--_status-pending-text);
    font-weight: 600;
  }
  /* One line each, however long the number or the name the server sends. */
  .number,
  .assignee {
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .unassigned {
    font-style: italic;
  }
  /* The time shrinks last-ish, with an ellipsis on the time itself. */
  .when {
    position: relative;
    display: flex;
    flex: 0 0.25 auto;
    min-inline-size: 0;
  }
  .when time {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* The exact time: read by screen readers as part of the row; shown to sighted agents in the
     widget's tooltip (on hover and keyboard focus, below the row). Clipped to nothing here, so it
     never widens the row. */
  .exact {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .detail-view {
    flex: 1;
    min-block-size: 0;
    display: flex;
    flex-direction: column;
  }
  .detail-header {
    display: flex;
    align-items: center;
    padding: var(--_space-3) var(--_space-4);
    border-block-end: 1px solid var(--_border);
  }
  .detail {
    flex: 1;
    min-block-size: 0;
    overflow: auto;
  }
  /* A sidebar: the number and the time on a line, the assignee on the next. The time spans two
     columns, so it takes room from the number's line, not from the subject's. */
  @container (max-width: 30rem) {
    .entry {
      grid-template-columns: auto minmax(0, 1fr) auto auto;
      grid-template-rows: 1.15lh 1lh 1lh 1.15lh;
      grid-template-areas:
        'icon subject subject status'
        'icon number when when'
        '. assignee assignee assignee'
        '. tags tags tags';
    }
    .meta {
      display: contents;
    }
    .number {
      grid-area: number;
    }
    .entry .when {
      grid-area: when;
      justify-self: end;
    }
    .assignee {
      grid-area: assignee;
    }
  }
  /* A narrow column: the status beside the number, and the time and the assignee a line each. */
  @container (max-width: 22rem) {
    .toolbar {
      padding: var(--_space-3);
    }
    .entry {
      padding: var(--_space-3);
      grid-template-columns: auto auto minmax(0, 1fr);
      grid-template-rows: 1.15lh 1.15lh 1lh 1lh 1.15lh;
      grid-template-areas:
        'icon subject subject'
        'icon status number'
        '. when when'
        '. assignee assignee'
        '. tags tags';
    }
    .entry .when {
      justify-self: start;
    }
  }
  /* The narrowest: the time may take two lines ("Ostatnia aktywność 2 tygodnie temu" at 240 px). */
  @container (max-width: 18rem) {
    .entry {
      grid-template-rows: 1.15lh 1.15lh 2lh 1lh 1.15lh;
    }
    .entry .when {
      align-self: start;
    }
    .when time {
      white-space: normal;
    }
  }
`;
