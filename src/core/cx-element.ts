import { ContextConsumer, ContextRoot } from '@lit/context';
import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { CxClient } from '../api/client.js';
import { announcer, type AnnouncingElement, type Politeness } from './interactions/announcer.js';
import { FocusKeeper } from './interactions/focus-keeper.js';
import { firstFocusable } from './interactions/focus.js';
import { TooltipController } from './interactions/tooltip.js';
import { cxScopeContext } from './scope.js';
import type { CxEvent } from './events.js';
import { LocalizeController } from './localize/localize.js';
import { ThemeController, type CxTheme } from './theme.js';
import { baseStyles } from './tokens.js';
import { VERSION } from './version.js';

let contextRoot: ContextRoot | undefined;
/**
 * Widgets may be defined before the `<cx-provider>` around them is (per-widget define modules load
 * in any order); a context root replays their requests when the provider arrives.
 */
function ensureContextRoot(): void {
  if (contextRoot) return;
  contextRoot = new ContextRoot();
  contextRoot.attach(document.documentElement);
}

/**
 * The base of every cxkit widget: tokens and base styles, per-element localization and theme,
 * and `emit()` for typed, bubbling, composed events.
 */
export abstract class CxElement extends LitElement implements AnnouncingElement {
  /** The cxkit version this class belongs to; `defineElement` reports it when tags collide. */
  static cxVersion = VERSION;

  static override styles: CSSResultGroup = baseStyles;

  /**
   * Colour theme: `light`, `dark`, or `auto` (follows the operating system). Unset, the widget
   * takes its `<cx-provider>`'s theme, else the `configure()` default, else light.
   */
  @property() theme?: CxTheme;

  protected readonly internals: ElementInternals = this.attachInternals();
  protected readonly localize = new LocalizeController(this);
  private readonly scopeConsumer = new ContextConsumer(this, { context: cxScopeContext, subscribe: true });
  protected readonly themeController = new ThemeController(
    this,
    this.internals.states,
    () => this.scopeConsumer.value?.theme,
  );

  /** The widget's tooltip: icon buttons' names on hover and focus, and what the widget shows in it. */
  protected readonly tooltip = new TooltipController(this);

  /** Focus never falls to `<body>`: see `focusFallback()` and `FocusKeeper`. */
  protected readonly focusKeeper = new FocusKeeper(this, { fallback: () => this.focusFallback() });

  override connectedCallback(): void {
    ensureContextRoot();
    super.connectedCallback();
    // The page's live regions exist before anything is said in them.
    announcer.prepare();
  }

  /**
   * The widget's name, said before what it announces ("Ticket history: 25 tickets loaded").
   * @internal
   */
  abstract get announcedName(): string;

  /** Says `text` through the page's announcer, named by this widget. */
  protected announce(text: string, politeness: Politeness = 'polite'): void {
    announcer.announce({ source: this.announcedName, text, politeness, locale: this.localize.locale });
  }

  /**
   * Where focus goes when the focused element inside is gone and nothing nearer can take it: the
   * widget's first control by default.
   */
  protected focusFallback(): HTMLElement | null | undefined {
    return this.shadowRoot ? firstFocusable(this.shadowRoot) : undefined;
  }

  /**
   * The locale the widget shows its words and formats its dates in, and asks the server for: its
   * `lang`, else an ancestor's, else `<html lang>`, for the languages cxkit speaks (else English).
   */
  get locale(): string {
    return this.localize.locale;
  }

  /**
   * The data source and cache of the nearest `<cx-provider>`, if any (controllers fall back to
   * `configure()`'s page-wide client: see `api/default-client.ts`).
   * @internal
   */
  get client(): CxClient | undefined {
    return this.scopeConsumer.value?.client;
  }

  /** Holds each render until the element's language is loaded, so it never flashes English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady.then(() => super.scheduleUpdate());
  }

  /** Dispatches a cxkit event from this element; returns false when a listener cancelled it. */
  protected emit(event: CxEvent<unknown>): boolean {
    return this.dispatchEvent(event);
  }
}
