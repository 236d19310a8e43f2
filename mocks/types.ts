export type * from '../src/api/types.js';
import type { ConversationQuery, TicketQuery } from '../src/api/types.js';

/** A query as a server reads it off the URL: any strings, which it checks itself. */
export type ServerTicketQuery = Omit<TicketQuery, 'status' | 'channel'> & {
  status?: string[];
  channel?: string[];
};
export type ServerConversationQuery = Omit<ConversationQuery, 'channel'> & { channel?: string[] };
