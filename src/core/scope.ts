import { createContext } from '@lit/context';
import type { CxClient } from '../api/client.js';
import type { CxTheme } from './theme.js';

/** What a `<cx-provider>` gives the widgets inside it. */
export interface CxScope {
  theme?: CxTheme;
  /** The provider's data source and cache; widgets fall back to `configure()`'s when absent. */
  client?: CxClient;
}

/** The context a `<cx-provider>` provides and every widget consumes. */
export const cxScopeContext = createContext<CxScope | undefined>(Symbol.for('cxkit.scope'));
