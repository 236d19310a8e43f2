// One stylesheet for the flyout and its lazily loaded form: <cx-case-form> has no shadow root of its
// own (its parts — tabs, editor, files, notes, duplicates, confirmation — render into the flyout's),
// so these rules are one cascade, kept in one file on purpose although it is over 450 lines.
import { css } from 'lit';

export const caseFlyoutStyles = css`
  :host {
    display: contents;
  }
  /* The form's element adds no box: its tabs, body and footer are the dialog's rows. */
  cx-case-form {
    display: contents;
  }
  dialog {
    box-sizing: border-box;
    display: none;
    flex-direction: column;
    inline-size: min(34rem, calc(100vw - 16px));
    max-block-size: calc(100dvh - 16px);
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-lg);
    background: var(--_bg-raised);
    color: var(--_text);
    box-shadow: var(--_shadow);
    font-family: var(--_font-family);
    font-size: var(--_font-size-md);
    line-height: var(--_line-height);
    overflow: hidden;
  }
  dialog[open] {
    display: flex;
  }
  dialog::backdrop {
    background: rgb(15 20 30 / 0.28);
  }
  /* Non-modal: above the page (no top layer without showModal), the page behind it usable. */
  dialog.non-modal {
    position: fixed;
    z-index: 2147483000;
    inset: 0;
    margin: auto;
    block-size: fit-content;
  }
  /* Anchored: Floating UI sets left and top. */
  dialog.anchored {
    position: fixed;
    margin: 0;
    inset: auto;
  }
  dialog.sheet {
    position: fixed;
    margin: 0;
    inset-block: 0;
    inset-inline: auto 0;
    block-size: 100dvh;
    max-block-size: 100dvh;
    inline-size: min(36rem, 100vw);
    max-inline-size: 100vw;
    border-radius: 0;
    border-block: 0;
    border-inline-end: 0;
  }
  /* No room to float (400 % zoom, a phone): the flyout takes the whole viewport and scrolls as
     one, so every field and Save can be reached and seen (WCAG 1.4.10, 2.4.11). The !important
     rules win over the position Floating UI writes on the element. (Media features have no
     logical names: height and width here are the viewport's.) */
  @media (max-height: 30rem), (max-width: 30rem) {
    dialog,
    dialog.anchored,
    dialog.sheet,
    dialog.non-modal {
      inset: 0 !important;
      margin: 0;
      inline-size: 100vw;
      max-inline-size: 100vw !important;
      block-size: 100dvh;
      max-block-size: 100dvh !important;
      border: 0;
      border-radius: 0;
      overflow: auto;
    }
    .flyout-body {
      flex: none;
      overflow: visible;
    }
  }
  .flyout-header {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-4) var(--_space-5);
    border-block-end: 1px solid var(--_border);
  }
  .flyout-header h2 {
    flex: 1;
    margin: 0;
    font-size: var(--_font-size-lg);
  }
  .flyout-body {
    flex: 1 1 auto;
    display: grid;
    gap: var(--_space-4);
    padding: var(--_space-5);
    overflow: auto;
    min-block-size: 0;
  }
  .field {
    display: grid;
    gap: var(--_space-2);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .field > label,
  .field > .label,
  .field legend {
    font-weight: 600;
    padding: 0;
  }
  .cx-input,
  select {
    inline-size: 100%;
  }
  .banner {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-3);
    padding: var(--_space-3) var(--_space-4);
    border-radius: var(--_radius-md);
    background: var(--_bg-subtle);
  }

  /* combobox */
  .combobox {
    position: relative;
  }
  .options {
    margin: 0;
    padding: var(--_space-2) 0;
    list-style: none;
    border: 1px solid var(--_border);
    border-radius: var(--_radius-md);
    background: var(--_bg-raised);
    max-block-size: 14rem;
    overflow: auto;
  }
  .options[hidden] {
    display: none;
  }
  .options li {
    display: grid;
    padding: var(--_space-2) var(--_space-4);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .options li.active,
  .options li[role='option']:hover {
    background: var(--_bg-hover);
  }
  .options li.active {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: -2px;
  }
  .option-detail {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .no-results {
    color: var(--_text-muted);
    cursor: default;
  }

  /* rich text */
  .editor {
    border: 1px solid var(--_border-strong);
    border-radius: var(--_radius-md);
    background: var(--_bg);
  }
  .editor.invalid {
    border-color: var(--_danger);
  }
  .editor:focus-within {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: 1px;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1);
    padding: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  .tool {
    min-inline-size: 32px;
    min-block-size: 32px;
    border: 1px solid transparent;
    border-radius: var(--_radius-sm);
    background: transparent;
    cursor: pointer;
  }
  .tool:hover {
    background: var(--_bg-hover);
  }
  .tool[aria-pressed='true'] {
    border-color: var(--_accent);
    background: var(--_bg-hover);
    color: var(--_accent);
  }
  .link-row {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    padding: var(--_space-2);
    border-block-end: 1px solid var(--_border);
  }
  .link-row .cx-input {
    flex: 1 1 12rem;
    inline-size: auto;
  }
  .link-row .cx-field-error {
    flex-basis: 100%;
  }
  /* What Tiptap's injected stylesheet would have set, inside our shadow root. */
  .rich-text {
    min-block-size: 6rem;
    max-block-size: 16rem;
    overflow: auto;
    padding: var(--_space-3) var(--_space-4);
    white-space: pre-wrap;
    overflow-wrap: break-word;
    font-variant-ligatures: none;
    outline: none;
  }
  .rich-text p {
    margin: 0 0 var(--_space-2);
  }
  .rich-text img {
    max-inline-size: 100%;
  }
  .rich-text a {
    color: var(--_accent);
  }
  .ProseMirror-gapcursor {
    display: none;
    pointer-events: none;
    position: absolute;
  }
  .ProseMirror-focused .ProseMirror-gapcursor {
    display: block;
  }

  /* status and priority */
  .choice-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .choice {
    position: relative;
    padding: var(--_space-1) var(--_space-3);
    border: 2px solid transparent;
    cursor: pointer;
    font-weight: 500;
  }
  .choice input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: currentColor;
    font-weight: 700;
  }
  .choice:has(input:focus-visible) {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: 2px;
  }

  /* tabs */
  /* Outside the scrolling form, so the tabs stay in view. */
  .tabs {
    flex: none;
    display: flex;
    gap: var(--_space-1);
    padding: var(--_space-2) var(--_space-5) 0;
    border-block-end: 1px solid var(--_border);
    overflow-x: auto;
  }
  .tab {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    padding: var(--_space-2) var(--_space-3);
    border: 0;
    border-block-end: 2px solid transparent;
    background: none;
    color: var(--_text-muted);
    font: inherit;
    font-weight: 600;
    white-space: nowrap;
    cursor: pointer;
  }
  .tab:hover {
    color: var(--_text);
  }
  .tab[aria-selected='true'] {
    color: var(--_text);
    border-block-end-color: var(--_accent);
  }
  .tab:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: -2px;
  }
  .tab-count {
    min-inline-size: 1.25rem;
    padding: 0 var(--_space-1);
    border-radius: var(--_radius-pill);
    background: var(--_bg-subtle);
    font-size: var(--_font-size-sm);
    text-align: center;
  }
  .tab-panel {
    display: grid;
    gap: var(--_space-4);
    min-inline-size: 0;
  }
  /* Every tab's panel in one cell: the dialog keeps the tallest one's height, so it does not jump
     as the agent switches tabs. The others are invisible (so neither seen, focused nor read). */
  .panels {
    display: grid;
    min-inline-size: 0;
  }
  .panels > .tab-panel {
    grid-area: 1 / 1;
  }
  .tab-panel[hidden] {
    display: grid;
    visibility: hidden;
  }
  /* After a save: what happened, and what next. */
  .created {
    display: grid;
    justify-items: start;
    gap: var(--_space-3);
    padding: var(--_space-5);
  }
  .created-heading {
    display: flex;
    gap: var(--_space-2);
    align-items: center;
    margin: 0;
    font-size: var(--_font-size-lg);
  }
  .created-heading .cx-icon {
    color: var(--_success);
  }
  .created .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-3);
  }
  .created-view .detail-header {
    padding: var(--_space-3) var(--_space-4);
    border-block-end: 1px solid var(--_border);
  }
  .created-view {
    flex: 1 1 auto;
    min-block-size: 0;
    overflow: auto;
  }

  /* files */
  .files {
    display: grid;
    gap: var(--_space-3);
  }
  .drop-zone {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-4);
    border: 2px dashed var(--_border-strong);
    border-radius: var(--_radius-md);
  }
  .drop-zone.dragging {
    border-color: var(--_accent);
    background: var(--_bg-subtle);
  }
  .drop-hint {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .refused {
    display: grid;
    justify-items: start;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius-md);
    background: var(--_danger-bg);
  }
  .refused ul,
  .file-list,
  .note-list,
  .duplicate-list {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .refused li {
    display: flex;
    gap: var(--_space-2);
    overflow-wrap: anywhere;
  }
  .refused .cx-icon {
    flex: none;
    color: var(--_danger);
  }
  .file,
  .note-item {
    display: flex;
    align-items: center;
    gap: var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-md);
  }
  .file.failed,
  .file.cancelled {
    border-color: var(--_danger);
  }
  .file.done .file-icon {
    color: var(--_success);
  }
  .file-text,
  .note-text {
    flex: 1;
    display: grid;
    gap: var(--_space-1);
    min-inline-size: 0;
  }
  .file-name,
  .note-heading {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .file-meta,
  .note-files {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
    overflow-wrap: anywhere;
  }
  .file.failed .file-meta {
    color: var(--_danger);
  }
  progress {
    inline-size: 100%;
    block-size: 6px;
    accent-color: var(--_accent);
  }
  .file-actions,
  .note-actions {
    display: flex;
    flex: none;
  }
  .image-placeholder {
    display: inline-block;
    padding: var(--_space-1) var(--_space-2);
    border-radius: var(--_radius-sm);
    background: var(--_bg-subtle);
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }

  /* notes */
  .note-composer {
    display: grid;
    gap: var(--_space-3);
  }
  .note-composer > .label {
    font-weight: 600;
  }
  .note-composer .actions {
    justify-content: end;
  }
  .note-item.editing {
    border-color: var(--_accent);
  }
  .note-preview {
    display: -webkit-box;
    -webkit-line-clamp: 3;
    -webkit-box-orient: vertical;
    overflow: hidden;
    overflow-wrap: anywhere;
  }
  .notes-empty {
    margin: 0;
    color: var(--_text-muted);
  }

  /* duplicates */
  .duplicates {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_warning);
    border-radius: var(--_radius-md);
  }
  .duplicates[hidden] {
    display: none;
  }
  .duplicates p {
    margin: 0;
  }
  .duplicates-heading {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    font-weight: 600;
  }
  .duplicates-hint,
  .duplicate-meta {
    color: var(--_text-muted);
    font-size: var(--_font-size-sm);
  }
  .duplicate-toggle {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
    inline-size: 100%;
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-md);
    background: var(--_bg-raised);
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .duplicate-toggle[aria-expanded='true'] {
    border-end-end-radius: 0;
    border-end-start-radius: 0;
  }
  .duplicate-toggle:focus-visible {
    outline: var(--_focus-ring-width) solid var(--_focus);
    outline-offset: 2px;
  }
  .duplicate-number {
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .duplicate-subject {
    flex: 1;
    min-inline-size: 8rem;
    overflow-wrap: anywhere;
  }
  .duplicate-summary {
    display: grid;
    justify-items: start;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-block-start: 0;
    border-end-end-radius: var(--_radius-md);
    border-end-start-radius: var(--_radius-md);
  }
  .duplicate-summary[hidden] {
    display: none;
  }

  /* footer */
  .footer {
    display: grid;
    gap: var(--_space-3);
    padding: var(--_space-4) var(--_space-5);
    border-block-start: 1px solid var(--_border);
    background: var(--_bg-subtle);
  }
  .footer p {
    margin: 0;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
  }
  .spacer {
    flex: 1;
  }
  .cx-button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: progress;
  }
  .confirm-heading,
  .submit-error-heading {
    font-weight: 600;
  }
  .submit-error {
    display: flex;
    align-items: start;
    gap: var(--_space-3);
    padding: var(--_space-3);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius-md);
    background: var(--_danger-bg);
  }
  .submit-error > div {
    flex: 1;
  }
  .submit-error > .cx-icon {
    color: var(--_danger);
  }
  .submitting {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-2);
    color: var(--_text-muted);
  }
`;
