import type { CxDataSource } from './data-source.js';
import { CxApiError } from './errors.js';

/** The error of an operation the data source does not offer (a custom one may leave the second wave's out). */
export function unsupported(operation: keyof CxDataSource): CxApiError {
  return new CxApiError(
    'unsupported',
    `The data source has no ${operation}(): the widget that needs it cannot show this. Add it to your ` +
      'data source (see CxDataSource), or use the REST data source, which has every operation.',
    { title: 'Not offered by this data source', request: operation },
  );
}
