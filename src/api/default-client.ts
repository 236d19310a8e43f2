import { getConfig, onConfigChange, pageDataOptions } from '../core/config.js';
import { scopeChanged, type CxDataOptions } from '../core/options.js';
import { createClient, type CxClient } from './client.js';

// The page-wide client (data source + cache) for widgets outside any <cx-provider>, made from
// `configure()` on first use. A new `baseUrl` or `dataSource` starts a fresh one; the other options
// are read at each request, so changing them keeps the cache.

let defaultClient: CxClient | undefined;
/** The configuration the client was made from. */
let madeFrom: CxDataOptions = {};

onConfigChange(() => {
  if (defaultClient && scopeChanged(madeFrom, getConfig())) {
    defaultClient.dispose();
    defaultClient = undefined;
  }
});

/** The page-wide client; undefined until `configure()` names a base URL or a data source. */
export function getDefaultClient(): CxClient | undefined {
  if (!defaultClient) {
    defaultClient = createClient(pageDataOptions);
    madeFrom = { ...getConfig() };
  }
  return defaultClient;
}

/** The client a widget reads and writes through: its provider's, else the page-wide one. */
export function clientOf(host: { readonly client?: CxClient }): CxClient | undefined {
  return host.client ?? getDefaultClient();
}
