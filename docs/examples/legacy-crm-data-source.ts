// A worked example: cxkit on an API that does not follow its contract.
//
// "LegacyCRM" speaks snake_case, pages by page number, writes statuses in capitals, calls customers
// "contacts", versions records with a `revision` number instead of ETags, and reports errors as
// `{ error: { code, message, fields } }`. The adapter below maps it to `CxDataSource`, so every
// cxkit widget works on it unchanged:
//
//   const provider = document.querySelector('cx-provider');
//   provider.dataSource = createLegacyCrmDataSource({ baseUrl: 'https://crm.example.com/v2', apiKey });
//
// Rules of thumb for an adapter: return exactly the contract's types (validate them with the
// exported schemas if the source is loose), pass `signal` to every fetch, turn every failure into a
// `CxApiError` with the right `kind`, and say clearly when an operation is not available.

import * as v from 'valibot';
import {
  CustomerSchema,
  CxApiError,
  kindForStatus,
  TicketSchema,
  type CxDataSource,
  type Customer,
  type Page,
  type Ticket,
} from '../../src/index.js';

interface LegacyContact {
  contact_id: number;
  full_name: string;
  email_address: string | null;
  mobile: string | null;
  organisation: string | null;
  vip: boolean;
  revision: number;
  created: string;
  modified: string;
}

interface LegacyCase {
  case_no: number;
  contact_id: number;
  title: string;
  state: 'NEW' | 'IN_PROGRESS' | 'WAITING' | 'DONE' | 'ARCHIVED';
  urgency: 1 | 2 | 3 | 4;
  medium: string;
  owner_name: string | null;
  opened: string;
  updated: string;
  closed: string | null;
}

const STATUS: Record<LegacyCase['state'], string> = {
  NEW: 'new',
  IN_PROGRESS: 'open',
  WAITING: 'pending',
  DONE: 'resolved',
  ARCHIVED: 'closed',
};
const LEGACY_STATE = Object.fromEntries(Object.entries(STATUS).map(([legacy, status]) => [status, legacy]));
const PRIORITY = ['low', 'normal', 'high', 'urgent'] as const;

export function toCustomer(contact: LegacyContact): Customer {
  return v.parse(CustomerSchema, {
    id: String(contact.contact_id),
    name: contact.full_name,
    email: contact.email_address,
    phone: contact.mobile,
    company: contact.organisation,
    labels: contact.vip ? ['VIP'] : [],
    channels: contact.email_address ? [{ type: 'email', handle: contact.email_address }] : [],
    attributes: {},
    createdAt: new Date(contact.created).toISOString(),
    updatedAt: new Date(contact.modified).toISOString(),
  });
}

export function toTicket(legacy: LegacyCase): Ticket {
  return v.parse(TicketSchema, {
    id: String(legacy.case_no),
    number: `#${legacy.case_no}`,
    customerId: String(legacy.contact_id),
    subject: legacy.title,
    status: STATUS[legacy.state] ?? legacy.state.toLowerCase(),
    priority: PRIORITY[legacy.urgency - 1] ?? 'normal',
    channel: legacy.medium.toLowerCase(),
    direction: 'inbound',
    assignee: legacy.owner_name ? { id: legacy.owner_name, name: legacy.owner_name } : null,
    tags: [],
    createdAt: new Date(legacy.opened).toISOString(),
    updatedAt: new Date(legacy.updated).toISOString(),
    closedAt: legacy.closed ? new Date(legacy.closed).toISOString() : null,
    lastInteractionAt: new Date(legacy.closed ?? legacy.updated).toISOString(),
  });
}

export function createLegacyCrmDataSource(options: {
  baseUrl: string;
  apiKey: string;
  fetch?: typeof fetch;
}): CxDataSource {
  const doFetch = options.fetch ?? fetch;

  async function call<T>(path: string, init: RequestInit & { signal?: AbortSignal } = {}): Promise<T> {
    const label = `${init.method ?? 'GET'} ${path}`;
    let response: Response;
    try {
      response = await doFetch(`${options.baseUrl}${path}`, {
        ...init,
        headers: { 'X-Api-Key': options.apiKey, 'Content-Type': 'application/json', ...init.headers },
      });
    } catch (cause) {
      throw new CxApiError(init.signal?.aborted ? 'aborted' : 'network', `${label} failed`, {
        cause,
        request: label,
      });
    }
    const body = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = (body as { error?: { message?: string; fields?: Record<string, string> } } | undefined)
        ?.error;
      throw new CxApiError(kindForStatus(response.status), `${label}: ${error?.message ?? response.status}`, {
        status: response.status,
        title: error?.message ?? `HTTP ${response.status}`,
        // LegacyCRM names fields its own way; name them the contract's way so widgets can place them.
        fieldErrors: Object.entries(error?.fields ?? {}).map(([field, message]) => ({
          field: { email_address: 'email', mobile: 'phone', full_name: 'name' }[field] ?? field,
          message,
        })),
        request: label,
      });
    }
    return body as T;
  }

  const unsupported = (operation: string) => () =>
    Promise.reject(
      new CxApiError('http', `LegacyCRM has no ${operation}`, { title: 'Not available on this CRM' }),
    );

  return {
    async getCustomer(id, { signal } = {}) {
      const contact = await call<LegacyContact>(`/contacts/${encodeURIComponent(id)}`, { signal });
      return { data: toCustomer(contact), version: String(contact.revision) };
    },
    async updateCustomer(id, patch, { signal, version } = {}) {
      const contact = await call<LegacyContact>(`/contacts/${encodeURIComponent(id)}`, {
        method: 'PUT',
        signal,
        body: JSON.stringify({
          expected_revision: version ? Number(version) : undefined,
          full_name: patch.name,
          email_address: patch.email,
          mobile: patch.phone,
          organisation: patch.company,
        }),
      });
      return { data: toCustomer(contact), version: String(contact.revision) };
    },
    async searchCustomers({ q, limit = 10 }, { signal } = {}) {
      const result = await call<{ results: LegacyContact[] }>(
        `/contacts/search?term=${encodeURIComponent(q)}&max=${limit}`,
        { signal },
      );
      return { items: result.results.map(toCustomer), nextCursor: null };
    },
    async listTickets(query, { signal } = {}): Promise<Page<Ticket>> {
      const params = new URLSearchParams({ page: query.cursor ?? '1', per_page: String(query.limit ?? 25) });
      if (query.customerId) params.set('contact_id', query.customerId);
      for (const status of query.status ?? [])
        if (LEGACY_STATE[status]) params.append('state', LEGACY_STATE[status]!);
      if (query.q) params.set('search', query.q);
      params.set('order', query.sort === 'oldest' ? 'opened_asc' : 'opened_desc');
      const result = await call<{ data: LegacyCase[]; meta: { page: number; pages: number } }>(
        `/cases?${params}`,
        { signal },
      );
      // Page numbers become opaque cursors: the widgets never look inside them.
      const items = result.data.map(toTicket).filter((ticket) => ticket.id !== query.excludeId);
      return {
        items,
        nextCursor: result.meta.page < result.meta.pages ? String(result.meta.page + 1) : null,
      };
    },
    async getTicket(id, { signal } = {}) {
      return {
        data: toTicket(await call<LegacyCase>(`/cases/${encodeURIComponent(id)}`, { signal })),
        version: null,
      };
    },
    listMessages: async () => ({ items: [], nextCursor: null }),
    listNotes: async () => ({ items: [], nextCursor: null }),
    createTicket: unsupported('case creation'),
    updateTicket: unsupported('case editing'),
    addNote: unsupported('notes'),
    uploadAttachment: unsupported('attachments'),
    listAttachments: async () => ({ items: [], nextCursor: null }),
    deleteAttachment: unsupported('attachments'),
    listAgents: async () => ({ items: [], nextCursor: null }),
    getMe: unsupported('signed-in agent'),
    getLookups: async () => ({ reasons: [], results: [], tags: [] }),
    listConversations: async () => ({ items: [], nextCursor: null }),
    assignConversation: unsupported('conversations'),
  };
}
