import { createComponent } from '@lit/react';
import * as React from 'react';
import { errorEvents } from '../../core/react-events.js';
import { CxTicketDetail as CxTicketDetailElement } from './define.js';

/** `<cx-ticket-detail>`: one ticket with its transcript. */
export const CxTicketDetail = createComponent({
  tagName: 'cx-ticket-detail',
  elementClass: CxTicketDetailElement,
  react: React,
  events: errorEvents,
});
