import type { Conversation } from '../../api/types.js';
import { CxEvent } from '../../core/events.js';
import type { ConversationQueueFilters, QueueTab } from './queue-view.js';

/**
 * Fired before the queue shows a conversation in place. Cancel it (`preventDefault()`) to open the
 * conversation in the host's own view instead; the queue then stays on the list.
 */
export class CxConversationOpenEvent extends CxEvent<{ conversation: Conversation }> {
  constructor(conversation: Conversation) {
    super('cx-conversation-open', { conversation }, { cancelable: true });
  }
}

/** Fired when the server has confirmed an assignment (one per conversation, bulk included). */
export class CxConversationAssignedEvent extends CxEvent<{ conversation: Conversation }> {
  constructor(conversation: Conversation) {
    super('cx-conversation-assigned', { conversation });
  }
}

/**
 * Fired when the agent changes tab or filters. `view` is the same as a query string
 * (`tab=queued&channel=line`): put it in the page's address, and give it back as the `view`
 * attribute to open the queue as it was.
 */
export class CxQueueViewChangeEvent extends CxEvent<{
  tab: QueueTab;
  filters: ConversationQueueFilters;
  view: string;
}> {
  constructor(detail: CxQueueViewChangeEvent['detail']) {
    super('cx-queue-view-change', detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-conversation-open': CxConversationOpenEvent;
    'cx-conversation-assigned': CxConversationAssignedEvent;
    'cx-queue-view-change': CxQueueViewChangeEvent;
  }
}
