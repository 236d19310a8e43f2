import { LitElement, type CSSResultGroup } from 'lit';
import { property } from 'lit/decorators.js';
import type { CxEvent } from './events.js';
import { LocalizeController } from './localize/localize.js';
import { ThemeController, type CxTheme } from './theme.js';
import { baseStyles } from './tokens.js';
import { VERSION } from './version.js';

/**
 * The base of every cxkit widget: tokens and base styles, per-element localization and theme,
 * and `emit()` for typed, bubbling, composed events.
 */
export abstract class CxElement extends LitElement {
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
  protected readonly themeController = new ThemeController(this, this.internals.states);

  /** Holds each render until the element's language is loaded, so it never flashes English first. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    return this.localize.whenReady.then(() => super.scheduleUpdate());
  }

  /** Dispatches a cxkit event from this element; returns false when a listener cancelled it. */
  protected emit(event: CxEvent<unknown>): boolean {
    return this.dispatchEvent(event);
  }
}
