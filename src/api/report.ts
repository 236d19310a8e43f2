import { CxErrorEvent } from '../core/events.js';
import { CxApiError, isCxApiError } from './errors.js';
import { CxAuthRequiredEvent } from './events.js';

/**
 * How every widget reports a failed read or write, so the host hears of each the same way:
 * `cx-error` always, and `cx-auth-required` too when the API refused the credentials after a token
 * refresh. An aborted request is no failure: the widget stopped wanting it.
 */
export function reportError(host: EventTarget, error: unknown): void {
  if (isCxApiError(error) && error.kind === 'aborted') return;
  host.dispatchEvent(new CxErrorEvent(error));
  if (isCxApiError(error) && error.kind === 'unauthorized')
    host.dispatchEvent(new CxAuthRequiredEvent(error));
}

let notConfiguredLogged = false;
/**
 * The error of a widget with no data source. The console hears of it once per page (a page of ten
 * widgets has one mistake, not ten); every widget fires `cx-error` with it.
 */
export function notConfiguredError(): CxApiError {
  const error = new CxApiError(
    'not-configured',
    'cxkit has no data source: wrap the widget in <cx-provider base-url="…"> (or give the provider a ' +
      'dataSource), or call configure({ baseUrl }) from the same copy of cxkit that defines the elements.',
    { title: 'No data source configured' },
  );
  if (!notConfiguredLogged) {
    notConfiguredLogged = true;
    console.error(`cxkit: ${error.message}`);
  }
  return error;
}
