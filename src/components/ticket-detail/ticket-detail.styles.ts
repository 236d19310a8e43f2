import { css } from 'lit';

export const ticketDetailStyles = css`
  :host {
    container-type: inline-size;
  }
  section {
    padding: var(--_space-4);
    border-block-end: 1px solid var(--_border);
  }
  h2,
  h3 {
    margin: 0 0 var(--_space-3);
    font-size: var(--_font-size-md);
  }
  h2 {
    font-size: var(--_font-size-lg);
    overflow-wrap: anywhere;
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
    margin-block-end: var(--_space-4);
  }
  dl {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: var(--_space-3) var(--_space-4);
    margin: 0;
  }
  dl > div {
    min-inline-size: 0;
  }
  dt {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  .sla-met {
    color: var(--_success);
    font-weight: 600;
  }
  .sla-breached {
    color: var(--_danger);
    font-weight: 600;
  }
  .messages,
  .notes,
  .files {
    display: grid;
    /* One column as wide as the panel: an auto column grows to its widest unbreakable content (a
       broken image's alt text once the image fails, a pasted <pre>), and the panel with it. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .message {
    min-inline-size: 0;
    max-inline-size: 92%;
    padding: var(--_space-3) var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_bg);
  }
  .message--inbound {
    justify-self: start;
    border-end-start-radius: var(--_radius-sm);
  }
  .message--outbound {
    justify-self: end;
    border-end-end-radius: var(--_radius-sm);
    background: var(--_bg-subtle);
  }
  .message--bot,
  .message--system {
    justify-self: center;
    max-inline-size: 100%;
    border-style: dashed;
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .byline {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin-block-end: var(--_space-2);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .byline strong {
    color: var(--_text);
  }
  .body {
    overflow-wrap: anywhere;
    white-space: pre-wrap;
  }
  .body--html {
    white-space: normal;
  }
  .body--html :is(p, ul, ol, blockquote, pre) {
    margin: 0 0 var(--_space-2);
  }
  .body--html pre {
    white-space: pre-wrap;
  }
  .body--html table {
    display: block;
    max-inline-size: 100%;
    overflow-x: auto;
  }
  .body img {
    max-inline-size: 100%;
    block-size: auto;
  }
  .body a {
    color: var(--_accent);
  }
  .note {
    padding: var(--_space-3) var(--_space-4);
    border-inline-start: 4px solid var(--_warning);
    border-radius: var(--_radius-md);
    background: var(--_status-pending-bg);
    color: var(--_status-pending-text);
  }
  .note .byline {
    color: inherit;
  }
  .note-label {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    font-weight: 700;
    text-transform: uppercase;
    font-size: var(--_font-size-sm);
  }
  .files {
    margin-block-start: var(--_space-3);
  }
  .file {
    display: inline-flex;
    gap: var(--_space-2);
    align-items: center;
    color: var(--_accent);
    overflow-wrap: anywhere;
  }
  .file small {
    color: var(--_text-muted);
  }
  .file {
    flex-wrap: wrap;
  }
  .file .origin {
    flex-basis: 100%;
  }
  .summary {
    margin: 0 0 var(--_space-3);
    color: var(--_text-muted);
  }
  audio {
    inline-size: 100%;
  }
  .more,
  .page-error {
    margin-block-start: var(--_space-3);
  }
  .muted {
    color: var(--_text-muted);
  }
`;
