import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { errorEvents } from '../../core/react-events.js';
import { CxInteractionLog as CxInteractionLogElement } from './define.js';
import type {
  CxInteractionOpenEvent,
  CxInteractionUpdatedEvent,
  CxLogColumnsChangeEvent,
  CxLogViewChangeEvent,
} from './events.js';

/** `<cx-interaction-log>`: every service record across customers, filtered, sorted and exported. */
export const CxInteractionLog = createComponent({
  tagName: 'cx-interaction-log',
  elementClass: CxInteractionLogElement,
  react: React,
  events: {
    ...errorEvents,
    onCxInteractionOpen: 'cx-interaction-open' as EventName<CxInteractionOpenEvent>,
    onCxInteractionUpdated: 'cx-interaction-updated' as EventName<CxInteractionUpdatedEvent>,
    onCxLogViewChange: 'cx-log-view-change' as EventName<CxLogViewChangeEvent>,
    onCxLogColumnsChange: 'cx-log-columns-change' as EventName<CxLogColumnsChangeEvent>,
  },
});
