import { css } from 'lit';

/**
 * Design tokens. Integrators set the public `--cx-*` properties anywhere above a widget (`:root`,
 * a sidebar, the element itself); each widget maps them to private `--_*` properties with the
 * light or dark default, so an unset token follows the widget's theme and a set one always wins.
 * Set theme-specific values inside your own theme selectors.
 *
 * Every text/background pair below meets WCAG AA (4.5:1) in both themes; a test checks it.
 */
export const tokenStyles = css`
  :host {
    color-scheme: light;
    --_bg: var(--cx-color-bg, #ffffff);
    --_bg-subtle: var(--cx-color-bg-subtle, #f4f5f7);
    --_bg-raised: var(--cx-color-bg-raised, #ffffff);
    --_bg-hover: var(--cx-color-bg-hover, #eceef2);
    --_text: var(--cx-color-text, #1f2328);
    --_text-muted: var(--cx-color-text-muted, #59616d);
    --_border: var(--cx-color-border, #d5d9df);
    --_border-strong: var(--cx-color-border-strong, #767f8b);
    --_accent: var(--cx-color-accent, #1d5fd1);
    --_accent-text: var(--cx-color-accent-text, #ffffff);
    --_danger: var(--cx-color-danger, #b42318);
    --_danger-bg: var(--cx-color-danger-bg, #fdecea);
    --_success: var(--cx-color-success, #17723a);
    --_warning: var(--cx-color-warning, #8a5a00);
    --_focus: var(--cx-focus-ring-color, #1d5fd1);
    --_skeleton: var(--cx-color-skeleton, #e6e8ec);
    --_shadow: var(--cx-shadow-raised, 0 4px 16px rgb(15 20 30 / 0.14), 0 1px 3px rgb(15 20 30 / 0.1));

    --_ai-bg: var(--cx-color-ai-bg, #f1e8ff);
    --_ai-text: var(--cx-color-ai-text, #5b21b6);

    --_status-new-bg: var(--cx-status-new-bg, #e0ecff);
    --_status-new-text: var(--cx-status-new-text, #12408f);
    --_status-open-bg: var(--cx-status-open-bg, #dff3e6);
    --_status-open-text: var(--cx-status-open-text, #125a2d);
    --_status-pending-bg: var(--cx-status-pending-bg, #fff0cc);
    --_status-pending-text: var(--cx-status-pending-text, #6b4700);
    --_status-on-hold-bg: var(--cx-status-on-hold-bg, #efe6fb);
    --_status-on-hold-text: var(--cx-status-on-hold-text, #5b2a9a);
    --_status-resolved-bg: var(--cx-status-resolved-bg, #e0f1f5);
    --_status-resolved-text: var(--cx-status-resolved-text, #0f5566);
    --_status-closed-bg: var(--cx-status-closed-bg, #eceef1);
    --_status-closed-text: var(--cx-status-closed-text, #434a54);

    --_priority-low-bg: var(--cx-priority-low-bg, #eceef1);
    --_priority-low-text: var(--cx-priority-low-text, #434a54);
    --_priority-normal-bg: var(--cx-priority-normal-bg, #e0ecff);
    --_priority-normal-text: var(--cx-priority-normal-text, #12408f);
    --_priority-high-bg: var(--cx-priority-high-bg, #ffe7d1);
    --_priority-high-text: var(--cx-priority-high-text, #8a3b00);
    --_priority-urgent-bg: var(--cx-priority-urgent-bg, #fde2e0);
    --_priority-urgent-text: var(--cx-priority-urgent-text, #a31a12);

    --_space-1: var(--cx-space-1, 2px);
    --_space-2: var(--cx-space-2, 4px);
    --_space-3: var(--cx-space-3, 8px);
    --_space-4: var(--cx-space-4, 12px);
    --_space-5: var(--cx-space-5, 16px);
    --_space-6: var(--cx-space-6, 24px);
    --_radius-sm: var(--cx-radius-sm, 4px);
    --_radius-md: var(--cx-radius-md, 8px);
    --_radius-lg: var(--cx-radius-lg, 12px);
    --_radius-pill: var(--cx-radius-pill, 999px);
    --_font-family: var(--cx-font-family, inherit);
    --_font-size-sm: var(--cx-font-size-sm, 0.8125rem);
    --_font-size-md: var(--cx-font-size-md, 0.875rem);
    --_font-size-lg: var(--cx-font-size-lg, 1rem);
    --_line-height: var(--cx-line-height, 1.45);
    --_focus-ring-width: var(--cx-focus-ring-width, 2px);
    --_transition: var(--cx-transition, 120ms ease-out);
  }

  :host(:state(dark)) {
    color-scheme: dark;
    --_bg: var(--cx-color-bg, #16181d);
    --_bg-subtle: var(--cx-color-bg-subtle, #1f232a);
    --_bg-raised: var(--cx-color-bg-raised, #252a32);
    --_bg-hover: var(--cx-color-bg-hover, #2c323b);
    --_text: var(--cx-color-text, #e8eaed);
    --_text-muted: var(--cx-color-text-muted, #a6aeb9);
    --_border: var(--cx-color-border, #363c46);
    --_border-strong: var(--cx-color-border-strong, #858f9c);
    --_accent: var(--cx-color-accent, #7aa7ff);
    --_accent-text: var(--cx-color-accent-text, #0b1220);
    --_danger: var(--cx-color-danger, #ff8a80);
    --_danger-bg: var(--cx-color-danger-bg, #3a1a18);
    --_success: var(--cx-color-success, #6fd39a);
    --_warning: var(--cx-color-warning, #f2c14e);
    --_focus: var(--cx-focus-ring-color, #7aa7ff);
    --_skeleton: var(--cx-color-skeleton, #2a2f37);
    --_shadow: var(--cx-shadow-raised, 0 4px 16px rgb(0 0 0 / 0.5), 0 1px 3px rgb(0 0 0 / 0.4));

    --_ai-bg: var(--cx-color-ai-bg, #2e1f4d);
    --_ai-text: var(--cx-color-ai-text, #cdb4ff);

    --_status-new-bg: var(--cx-status-new-bg, #1b2f52);
    --_status-new-text: var(--cx-status-new-text, #a9c7ff);
    --_status-open-bg: var(--cx-status-open-bg, #173826);
    --_status-open-text: var(--cx-status-open-text, #8fe0ae);
    --_status-pending-bg: var(--cx-status-pending-bg, #3d3110);
    --_status-pending-text: var(--cx-status-pending-text, #f5cf6b);
    --_status-on-hold-bg: var(--cx-status-on-hold-bg, #33244d);
    --_status-on-hold-text: var(--cx-status-on-hold-text, #d2b8f5);
    --_status-resolved-bg: var(--cx-status-resolved-bg, #123740);
    --_status-resolved-text: var(--cx-status-resolved-text, #8fd6e6);
    --_status-closed-bg: var(--cx-status-closed-bg, #2b3038);
    --_status-closed-text: var(--cx-status-closed-text, #c4cad3);

    --_priority-low-bg: var(--cx-priority-low-bg, #2b3038);
    --_priority-low-text: var(--cx-priority-low-text, #c4cad3);
    --_priority-normal-bg: var(--cx-priority-normal-bg, #1b2f52);
    --_priority-normal-text: var(--cx-priority-normal-text, #a9c7ff);
    --_priority-high-bg: var(--cx-priority-high-bg, #45280f);
    --_priority-high-text: var(--cx-priority-high-text, #ffb87a);
    --_priority-urgent-bg: var(--cx-priority-urgent-bg, #4a1d1a);
    --_priority-urgent-text: var(--cx-priority-urgent-text, #ff9c94);
  }
`;

/** Base rules every widget starts from: tokens, the host's font, focus ring, hidden text. */
export const baseStyles = [
  tokenStyles,
  css`
    :host {
      display: block;
      box-sizing: border-box;
      font-family: var(--_font-family);
      font-size: var(--_font-size-md);
      line-height: var(--_line-height);
      color: var(--_text);
      background: var(--_bg);
    }
    :host([hidden]) {
      display: none !important;
    }
    * {
      box-sizing: inherit;
    }
    /* A host page's rules can reach the element itself (\`* { letter-spacing: .2em !important }\`)
       and, through inheritance, everything inside. The shadow tree's top level sets its own values
       for every inherited property that changes how the widget looks; direction still follows the page. */
    :host > * {
      box-sizing: border-box;
      font-family: var(--_font-family);
      font-size: var(--_font-size-md);
      font-style: normal;
      font-weight: 400;
      font-variant: normal;
      line-height: var(--_line-height);
      color: var(--_text);
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-indent: 0;
      text-align: start;
      text-shadow: none;
      white-space: normal;
      visibility: visible;
      cursor: auto;
      /* No string widens a widget: a word longer than its line (a 96-digit name, a URL, a file name)
         breaks where it must. Inherited by everything inside. */
      overflow-wrap: anywhere;
    }
    :focus-visible {
      outline: var(--_focus-ring-width) solid var(--_focus);
      outline-offset: 2px;
    }
    button {
      font: inherit;
      color: inherit;
    }
    /* Form controls size to their content by default: a fieldset to its widest child, a select to
       its longest option (a hostile tag name). Neither may widen a widget. */
    fieldset {
      min-inline-size: 0;
    }
    select,
    input,
    textarea {
      max-inline-size: 100%;
    }
    .cx-visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      padding: 0;
      margin: -1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      border: 0;
    }
    .cx-icon {
      width: 1.15em;
      height: 1.15em;
      flex: none;
      vertical-align: -0.2em;
    }
    .cx-button {
      display: inline-flex;
      align-items: center;
      gap: var(--_space-2);
      min-height: 32px;
      padding: var(--_space-2) var(--_space-4);
      border: 1px solid var(--_border-strong);
      border-radius: var(--_radius-md);
      background: var(--_bg-raised);
      cursor: pointer;
      transition: background var(--_transition);
    }
    .cx-button:hover {
      background: var(--_bg-hover);
    }
    .cx-button--primary {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_accent-text);
    }
    .cx-button--primary:hover {
      background: var(--_accent);
      filter: brightness(1.08);
    }
    /* A square button with only an icon (its name is in aria-label). */
    .cx-icon-button {
      display: inline-grid;
      place-items: center;
      inline-size: 32px;
      block-size: 32px;
      padding: 0;
      border: 1px solid transparent;
      border-radius: var(--_radius-sm);
      background: transparent;
      color: var(--_text-muted);
      cursor: pointer;
    }
    .cx-icon-button:hover {
      background: var(--_bg-hover);
      color: var(--_text);
    }
    .cx-icon-button:disabled {
      cursor: default;
      opacity: 0.5;
    }
    .cx-icon-button--primary,
    .cx-icon-button--primary:hover {
      border-color: var(--_accent);
      background: var(--_accent);
      color: var(--_accent-text);
    }
    .cx-spinner {
      inline-size: 0.9em;
      block-size: 0.9em;
      border: 2px solid currentColor;
      border-inline-end-color: transparent;
      border-radius: 50%;
      animation: cx-spin 0.8s linear infinite;
    }
    @keyframes cx-spin {
      to {
        transform: rotate(1turn);
      }
    }
    /* A button that reads as a link ("Clear filters", "Discard draft"). */
    .cx-link-button {
      padding: 0;
      border: 0;
      background: none;
      color: var(--_accent);
      text-decoration: underline;
      cursor: pointer;
    }
    /* A validation message under its field (referenced by the field's aria-describedby). */
    .cx-field-error {
      margin: 0;
      color: var(--_danger);
      font-size: var(--_font-size-sm);
    }
    .cx-input[aria-invalid='true'],
    select[aria-invalid='true'] {
      border-color: var(--_danger);
    }
    /* Form controls look the same in every widget. */
    select,
    .cx-input {
      min-block-size: 32px;
      padding: 0 var(--_space-3);
      border: 1px solid var(--_border-strong);
      border-radius: var(--_radius-md);
      background: var(--_bg);
      color: inherit;
      font: inherit;
    }
    /* Placeholders in the theme's muted text colour, which meets 4.5:1 on the field in light and
       dark (the browser's grey does not on a dark field). */
    ::placeholder {
      color: var(--_text-muted);
      opacity: 1;
    }
    /* A button that is busy (Load more while loading) stays focusable: aria-disabled, not disabled. */
    .cx-button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.7;
    }
    /* The widget's tooltip (see TooltipController), in the top layer, beside what it describes. */
    .cx-tooltip {
      position: fixed;
      inset: auto;
      margin: 0;
      max-inline-size: min(20rem, calc(100vw - 16px));
      padding: var(--_space-1) var(--_space-3);
      border: 1px solid transparent;
      border-radius: var(--_radius-sm);
      background: var(--_text);
      color: var(--_bg);
      font-size: var(--_font-size-sm);
      line-height: 1.4;
      overflow-wrap: anywhere;
      white-space: normal;
    }
    @media (forced-colors: active) {
      .cx-tooltip {
        border-color: CanvasText;
      }
      /* Pressed toggles and selected tabs in the system's highlight colours: a border alone is
         too faint to tell them apart. */
      [aria-pressed='true'],
      [role='tab'][aria-selected='true'] {
        forced-color-adjust: none;
        border-color: Highlight;
        background: Highlight;
        color: HighlightText;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 1ms !important;
        transition-duration: 1ms !important;
      }
    }
  `,
];
