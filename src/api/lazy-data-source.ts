import type { CxDataSource } from './data-source.js';
import { unsupported } from './unsupported.js';

/** Every operation of the contract; the compiler checks that none is missing. */
const OPERATIONS = [
  'getCustomer',
  'updateCustomer',
  'searchCustomers',
  'listTickets',
  'getTicket',
  'listMessages',
  'listNotes',
  'createTicket',
  'updateTicket',
  'addNote',
  'uploadAttachment',
  'listAttachments',
  'deleteAttachment',
  'listAgents',
  'getMe',
  'getLookups',
  'listConversations',
  'assignConversation',
  'countConversations',
  'getConversation',
  'listConversationMessages',
  'unassignConversation',
  'resolveConversation',
  'listTicketEvents',
  'getTicketAssociations',
  'getTicketQueueItem',
  'listCustomerAttachments',
  'deleteAttachments',
  'listInteractions',
  'updateInteraction',
  'exportInteractions',
] as const satisfies readonly (keyof CxDataSource)[];
/** Operations that are not request–response: each wrapped on its own below. */
type Streams = 'subscribe';
type Missing = Exclude<keyof CxDataSource, (typeof OPERATIONS)[number] | Streams>;
const complete: Missing extends never ? true : Missing = true;
void complete;

/**
 * A data source whose code loads on its first call. The REST client and its response schemas are
 * only needed once a widget asks for data, so they stay out of the widgets' first download.
 */
export function lazyDataSource(load: () => Promise<CxDataSource>): CxDataSource {
  let loading: Promise<CxDataSource> | undefined;
  const source = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined; // a failed chunk load can be retried
      throw error;
    }));
  const calls = Object.fromEntries(
    OPERATIONS.map((operation) => [
      operation,
      (...args: unknown[]) =>
        source().then((loaded) => {
          const call = loaded[operation] as ((...a: unknown[]) => Promise<unknown>) | undefined;
          if (!call) throw unsupported(operation);
          return call.apply(loaded, args);
        }),
    ]),
  ) as unknown as CxDataSource;
  return {
    ...calls,
    subscribe(onChange, options) {
      let stop: (() => void) | undefined;
      let stopped = false;
      void source().then(
        (loaded) => {
          if (stopped) return;
          if (loaded.subscribe) stop = loaded.subscribe(onChange, options);
          else options?.onStatus?.('unsupported');
        },
        () => options?.onStatus?.('reconnecting'),
      );
      return () => {
        stopped = true;
        stop?.();
      };
    },
  };
}
