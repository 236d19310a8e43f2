import type { CxDataSource } from './data-source.js';

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
] as const satisfies readonly (keyof CxDataSource)[];
type Missing = Exclude<keyof CxDataSource, (typeof OPERATIONS)[number]>;
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
  return Object.fromEntries(
    OPERATIONS.map((operation) => [
      operation,
      (...args: unknown[]) =>
        source().then((loaded) => (loaded[operation] as (...a: unknown[]) => Promise<unknown>)(...args)),
    ]),
  ) as unknown as CxDataSource;
}
