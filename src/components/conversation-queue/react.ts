import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import { errorEvents } from '../../core/react-events.js';
import { CxConversationQueue as CxConversationQueueElement } from './define.js';
import type {
  CxConversationAssignedEvent,
  CxConversationOpenEvent,
  CxQueueViewChangeEvent,
} from './events.js';

/** `<cx-conversation-queue>`: the customer inbox, with assignment and live arrivals. */
export const CxConversationQueue = createComponent({
  tagName: 'cx-conversation-queue',
  elementClass: CxConversationQueueElement,
  react: React,
  events: {
    ...errorEvents,
    onCxConversationOpen: 'cx-conversation-open' as EventName<CxConversationOpenEvent>,
    onCxConversationAssigned: 'cx-conversation-assigned' as EventName<CxConversationAssignedEvent>,
    onCxQueueViewChange: 'cx-queue-view-change' as EventName<CxQueueViewChangeEvent>,
  },
});
