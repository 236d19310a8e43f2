import type { EventName } from '@lit/react';
import type { CxAuthRequiredEvent } from '../api/events.js';
import type { CxErrorEvent } from './events.js';

// What every widget's React wrapper (`components/<name>/react.ts`, made with @lit/react) shares:
// the events every widget fires, as `onCx…` props.

export const errorEvents = {
  onCxError: 'cx-error' as EventName<CxErrorEvent>,
  onCxAuthRequired: 'cx-auth-required' as EventName<CxAuthRequiredEvent>,
};
