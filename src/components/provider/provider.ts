import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { cxScopeContext, type CxScope } from '../../core/scope.js';
import type { CxTheme } from '../../core/theme.js';
import { VERSION } from '../../core/version.js';

/**
 * @tagname cx-provider
 * @summary Configures every cxkit widget inside it. Several providers with different settings can
 * live on one page; the nearest one wins.
 *
 * @slot - The part of the page whose widgets this provider configures.
 *
 * Language follows the standard `lang` attribute: `<cx-provider lang="th">` makes its widgets Thai
 * (a widget's own `lang` still wins).
 */
export class CxProvider extends LitElement {
  static cxVersion = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Colour theme of the widgets inside: `light`, `dark` or `auto`. A widget's own `theme` wins. */
  @property() theme?: CxTheme;

  @provide({ context: cxScopeContext })
  protected scope: CxScope = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A new object, so that consumers subscribed to the context are told.
    if (changed.has('theme')) this.scope = { ...this.scope, theme: this.theme };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'cx-provider': CxProvider;
  }
}
