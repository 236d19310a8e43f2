import { provide } from '@lit/context';
import { css, html, LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { createClient, type CxClient } from '../../api/client.js';
import type { CxDataSource } from '../../api/data-source.js';
import { SCOPE_KEYS, type CxDataOptions } from '../../core/options.js';
import type { RestDataSourceOptions, RetryOptions } from '../../api/rest-data-source.js';
import { cxScopeContext, type CxScope } from '../../core/scope.js';
import type { CxTheme } from '../../core/theme.js';
import { VERSION } from '../../core/version.js';

/**
 * @tagname cx-provider
 * @summary Configures every cxkit widget inside it: where data comes from, theme and language.
 * Several providers with different hosts can live on one page; each has its own cache, and the
 * nearest one wins.
 *
 * @slot - The part of the page whose widgets this provider configures.
 *
 * It takes the same data options as `configure()`. Only a new `base-url` or `dataSource` starts a new
 * cache; the others (a token getter, headers, fetch, timeouts, retries) are read at each request,
 * so a framework that passes a new inline function on every render causes no refetch.
 *
 * Language follows the standard `lang` attribute: `<cx-provider lang="th">` makes its widgets Thai
 * (a widget's own `lang` still wins).
 */
export class CxProvider extends LitElement implements CxDataOptions {
  static cxVersion = VERSION;

  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** Colour theme of the widgets inside: `light`, `dark` or `auto`. A widget's own `theme` wins. */
  @property() theme?: CxTheme;

  /** A data source of your own (takes precedence over the REST options below). */
  @property({ attribute: false }) dataSource?: CxDataSource;

  /** Base URL of a REST API that follows the cxkit contract, e.g. `https://crm.example.com/api`. */
  @property({ attribute: 'base-url' }) baseUrl?: string;

  /** Extra headers on every request, or a function returning them (read at each request). */
  @property({ attribute: false }) headers?: RestDataSourceOptions['headers'];

  /** Returns a bearer token; called again with `forceRefresh: true` after a 401 (read at each request). */
  @property({ attribute: false }) getAccessToken?: RestDataSourceOptions['getAccessToken'];

  /** Fetch credentials mode (`include` sends cookies to another origin). */
  @property() credentials?: RequestCredentials;

  /** A fetch of your own (instrumented, polyfilled); defaults to the global one. */
  @property({ attribute: false }) fetch?: typeof fetch;

  /** Time limit of each request attempt, in milliseconds. */
  @property({ attribute: 'timeout-ms', type: Number }) timeoutMs?: number;

  /** Retries of reads and keyed writes (`{ attempts, baseDelayMs, maxDelayMs, maxRetryAfterMs }`), or `false`. */
  @property({ attribute: false }) retry?: RetryOptions | false;

  /**
   * Follow the API's live stream of changes (`GET /events`) while widgets show data; `live="false"`
   * turns it off. Read when widgets next start or stop showing data.
   */
  @property({ converter: (value) => value !== 'false' }) live?: boolean;

  /** Without a live stream, refetch what widgets show every this many milliseconds (default: on focus only). */
  @property({ attribute: 'refresh-interval-ms', type: Number }) refreshIntervalMs?: number;

  @provide({ context: cxScopeContext })
  protected scope: CxScope = {};

  private client?: CxClient;

  protected override willUpdate(changed: PropertyValues<this>): void {
    const newHost = SCOPE_KEYS.some((name) => changed.has(name));
    if (newHost) {
      // Another host means a new cache: what the old one held may not be true of the new host. The
      // client reads this element's other options at each request (see api/options.ts).
      this.client?.dispose();
      this.client = createClient(this);
    }
    // A new object each time, so that subscribed widgets are told.
    if (newHost || changed.has('theme')) this.scope = { theme: this.theme, client: this.client };
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
