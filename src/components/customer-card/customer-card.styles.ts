import { css } from 'lit';

export const customerCardStyles = css`
  :host {
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    overflow: hidden;
  }
  .card {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-4);
    padding: var(--_space-5);
    min-inline-size: 0;
  }
  bdi {
    unicode-bidi: isolate;
  }

  /* ---- header ---- */
  .header {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    gap: var(--_space-3) var(--_space-4);
    align-items: start;
  }
  .avatar {
    display: grid;
    place-items: center;
    inline-size: 48px;
    block-size: 48px;
    border-radius: 50%;
    overflow: hidden;
    font-weight: 700;
    font-size: 1.1rem;
    color: #ffffff;
    user-select: none;
  }
  .avatar img {
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }
  /* Each hue keeps white initials at 4.5:1 or better. */
  .hue-0 {
    background: #1d5fd1;
  }
  .hue-1 {
    background: #17723a;
  }
  .hue-2 {
    background: #b42318;
  }
  .hue-3 {
    background: #6d28d9;
  }
  .hue-4 {
    background: #0f5566;
  }
  .hue-5 {
    background: #8a3b00;
  }
  .hue-6 {
    background: #a3125f;
  }
  .hue-7 {
    background: #4a5563;
  }
  .identity {
    display: grid;
    gap: var(--_space-1);
    min-inline-size: 0;
  }
  .name {
    font-size: var(--_font-size-lg);
    font-weight: 700;
    overflow-wrap: anywhere;
    /* A pathological name stays three lines tall; the whole of it is still read out. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    line-clamp: 3;
    overflow: hidden;
  }
  .company,
  .owner {
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .labels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: var(--_space-2) 0 0;
    padding: 0;
    list-style: none;
  }
  .label {
    max-inline-size: 100%;
    padding: 0 var(--_space-3);
    border-radius: var(--_radius-pill);
    background: var(--_status-closed-bg);
    color: var(--_status-closed-text);
    font-size: var(--_font-size-sm);
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .label--vip {
    background: var(--_priority-high-bg);
    color: var(--_priority-high-text);
  }
  .actions {
    grid-column: 1 / -1;
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .action {
    text-decoration: none;
    color: inherit;
  }

  /* ---- channels ---- */
  .channels {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-5);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .channel {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-inline-size: 0;
    max-inline-size: 100%;
    flex-wrap: wrap;
  }
  .handle {
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }

  /* ---- fields ---- */
  .fields {
    display: grid;
    gap: var(--_space-3);
    margin: 0;
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_border);
  }
  .field {
    display: grid;
    gap: var(--_space-1);
    min-inline-size: 0;
  }
  .field-label {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  .field-body {
    margin: 0;
    min-inline-size: 0;
    display: grid;
    gap: var(--_space-2);
  }
  .value-line,
  .edit-line {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-inline-size: 0;
  }
  .value {
    flex: 1 1 auto;
    min-inline-size: 0;
    padding: var(--_space-1) var(--_space-2);
    margin-inline-start: calc(-1 * var(--_space-2));
    border-radius: var(--_radius-sm);
    overflow-wrap: anywhere;
    max-block-size: 12em;
    overflow: auto;
  }
  .value--empty {
    color: var(--_text-muted);
    font-style: italic;
  }
  .field[data-state='saving'] .value {
    color: var(--_text-muted);
  }
  .tools {
    display: inline-flex;
    gap: var(--_space-1);
    flex: none;
  }
  .editor,
  .manual-copy input {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .saving {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    flex: none;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .notice {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius-md);
    border: 1px solid var(--_border);
    background: var(--_bg-subtle);
    overflow-wrap: anywhere;
  }
  .notice p {
    margin: 0;
  }
  .notice--error {
    border-color: var(--_danger);
    background: var(--_danger-bg);
  }
  .notice--conflict {
    border-color: var(--_warning);
  }
  .notice-heading {
    font-weight: 600;
  }
  .notice-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .versions {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
  }
  .versions div {
    display: grid;
    grid-template-columns: minmax(6rem, auto) minmax(0, 1fr);
    gap: var(--_space-3);
  }
  .versions dt {
    color: var(--_text-muted);
  }
  .versions dd {
    margin: 0;
    font-weight: 600;
  }
  .manual-copy {
    display: grid;
    gap: var(--_space-2);
    font-size: var(--_font-size-sm);
  }
  .manual-copy p {
    margin: 0;
  }
  .channel .manual-copy {
    flex-basis: 100%;
  }

  /* ---- recent cases ---- */
  .recent {
    display: grid;
    gap: var(--_space-3);
    padding-block-start: var(--_space-4);
    border-block-start: 1px solid var(--_border);
  }
  .recent cx-ticket-history {
    min-inline-size: 0;
  }
  .recent-heading {
    font-weight: 600;
  }

  /* Wider cards: labels beside values, actions beside the name. */
  @container (min-inline-size: 420px) {
    .field {
      grid-template-columns: minmax(7rem, 30%) minmax(0, 1fr);
      gap: var(--_space-4);
      align-items: baseline;
    }
    .header {
      grid-template-columns: auto minmax(0, 1fr) auto;
    }
    .actions {
      grid-column: auto;
    }
  }
  @container (min-inline-size: 640px) {
    .avatar {
      inline-size: 64px;
      block-size: 64px;
      font-size: 1.35rem;
    }
  }
`;
