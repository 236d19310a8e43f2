import { defineElement } from '../../core/define.js';
import { CxConversationQueue } from './conversation-queue.js';

defineElement('cx-conversation-queue', CxConversationQueue);

export { CxConversationQueue };
