import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { getConfig, onConfigChange } from './config.js';

/** `auto` follows the user's operating-system preference (`prefers-color-scheme`). */
export type CxTheme = 'light' | 'dark' | 'auto';

type ThemedHost = ReactiveControllerHost & HTMLElement & { theme?: CxTheme | undefined };

/**
 * What the controller needs of an element's custom states (`ElementInternals.states`), written out
 * so that cxkit's published types do not name `CustomStateSet`, which TypeScript's DOM library
 * lacks before 5.5.
 */
export interface CustomStates {
  add(state: string): void;
  delete(state: string): boolean;
}

let darkQuery: MediaQueryList | undefined;
function prefersDark(): MediaQueryList {
  darkQuery ??= matchMedia('(prefers-color-scheme: dark)');
  return darkQuery;
}

/**
 * Resolves an element's colour scheme — its own `theme`, else its provider's, else `configure()`'s,
 * else light — and exposes it as the custom state `:state(dark)` / `:state(light)`, which the token
 * sheet keys on. States leave the host's attributes alone, so the host page's markup stays its own.
 */
export class ThemeController implements ReactiveController {
  /** The scheme in force after the last update. */
  scheme: 'light' | 'dark' = 'light';

  private unsubscribeConfig?: () => void;
  private readonly onSchemeChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ThemedHost,
    private readonly states: CustomStates,
    private readonly providerTheme: () => CxTheme | undefined,
  ) {
    host.addController(this);
  }

  /** The theme asked for, before `auto` is resolved. */
  get requested(): CxTheme {
    return this.host.theme ?? this.providerTheme() ?? getConfig().theme ?? 'light';
  }

  hostConnected(): void {
    this.unsubscribeConfig = onConfigChange(this.onSchemeChange);
    prefersDark().addEventListener('change', this.onSchemeChange);
  }

  hostDisconnected(): void {
    this.unsubscribeConfig?.();
    prefersDark().removeEventListener('change', this.onSchemeChange);
  }

  hostUpdate(): void {
    const requested = this.requested;
    this.scheme = requested === 'auto' ? (prefersDark().matches ? 'dark' : 'light') : requested;
    const other = this.scheme === 'dark' ? 'light' : 'dark';
    this.states.delete(other);
    this.states.add(this.scheme);
  }
}
