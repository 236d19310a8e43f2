import { css } from 'lit';

export const caseFlyoutStyles = css`
  :host {
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
