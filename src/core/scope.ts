import { createContext } from '@lit/context';
import type { CxTheme } from './theme.js';

/** What a `<cx-provider>` gives the widgets inside it. */
export interface CxScope {
  theme?: CxTheme;
}

/** The context a `<cx-provider>` provides and every widget consumes. */
export const cxScopeContext = createContext<CxScope | undefined>(Symbol.for('cxkit.scope'));
