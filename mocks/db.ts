// Over 450 lines, knowingly: the first wave's store (customers, tickets, transcripts, notes, files)
// with the contract's rules it enforces (ETag/If-Match, idempotency, the delete rule) in one place;
// the second wave's data lives beside it (conversations.ts, cases.ts, interactions.ts, changes.ts).
import type {
  AgentRef,
  Me,
  Attachment,
  Customer,
  CustomerPatch,
  Lookups,
  Message,
  Note,
  Page,
  Ticket,
  TicketCreate,
  TicketPatch,
  ServerTicketQuery as TicketQuery,
} from './types.js';
import type { FieldError } from '../src/api/errors.js';
import { anyOf, encodeCursor, fail, paginate, type Outcome } from './outcomes.js';
export { encodeCursor, type Outcome };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ().-]{4,24}$/;
import { pdfBytes, pngBytes } from './data/files.js';
import { ConversationStore, conversationLookups } from './conversations.js';
import { ChangeFeed } from './changes.js';
import { CaseViews } from './cases.js';

/** The seed is pure and costly (12,700 cases with their SLA clocks): made once, cloned at each reset. */
let seeded: SeedData | undefined;
const seededData = () => (seeded ??= seed());
import { InteractionLog } from './interactions.js';
import { TAGS, REASONS, RESULTS, QUEUES } from './data/content.js';
import {
  AGENTS,
  ME,
  MOCK_NOW,
  generateDirectAttachments,
  generateMessages,
  generateNotes,
  seed,
  type SeedData,
} from './data/seed.js';

// The mock backend's state: the seeded data set plus everything changed since, in memory.
// It enforces the contract's rules; the handlers only translate HTTP to these calls.

interface StoredFile {
  bytes: Uint8Array | Blob;
  contentType: string;
}

interface IdempotencyRecord {
  fingerprint: string;
  state: 'in-flight' | 'done';
  ticket?: Ticket;
}

export class MockDatabase {
  private data!: SeedData;
  private customers = new Map<string, Customer>();
  private tickets = new Map<string, Ticket>();
  private ticketsByCustomer = new Map<string, Ticket[]>();
  private versions = new Map<string, number>();
  private messages = new Map<string, Message[]>();
  private notes = new Map<string, Note[]>();
  private attachments = new Map<string, Attachment[]>();
  private files = new Map<string, StoredFile>();
  private fileMeta = new Map<string, Attachment>();
  private idempotency = new Map<string, IdempotencyRecord>();
  private noteKeys = new Map<string, { fingerprint: string; note: Note }>();
  private sequence = 0;
  private uploads = 0;
  /** Agents and lookups replaced by a fixture (the hostile-input cases); the seeded ones otherwise. */
  private people?: { agents: AgentRef[]; lookups: Lookups };
  private inbox?: ConversationStore;

  /** The customer inbox, made the first time it is asked for (most pages and tests never do). */
  get conversations(): ConversationStore {
    this.inbox ??= new ConversationStore(
      this.data.customers,
      this.data.languageOf,
      AGENTS,
      () => Date.now(),
      (conversation, action) =>
        this.changes.emit({
          type: 'conversation',
          id: conversation.id,
          action,
          customerId: conversation.customer.id,
        }),
    );
    return this.inbox;
  }
  /** Every change, for the live stream (`GET /events`). */
  readonly changes = new ChangeFeed();
  /** The case workspace's views: timelines, associations, queue items, a customer's files. */
  readonly cases = new CaseViews(this);
  /** The interaction log: 100,000 service records, built when first asked for. */
  readonly interactions = new InteractionLog(() => ({
    tickets: this.data.tickets.map((ticket) => this.tickets.get(ticket.id) ?? ticket),
    customer: (id) => this.customers.get(id),
    agents: AGENTS,
  }));

  constructor() {
    this.reset();
  }

  /** Tickets copied from the seed because they changed (see `writableTicket`). */
  private readonly ownTickets = new Set<string>();

  /** The ticket to change: the seed's own is copied first, so the next reset finds it as it was. */
  private writableTicket(id: string): Ticket | undefined {
    const ticket = this.tickets.get(id);
    if (!ticket || this.ownTickets.has(id)) return ticket;
    const copy = structuredClone(ticket);
    this.ownTickets.add(id);
    this.tickets.set(id, copy);
    const list = this.ticketsByCustomer.get(copy.customerId);
    const index = list?.indexOf(ticket) ?? -1;
    if (list && index >= 0) list[index] = copy;
    return copy;
  }

  /** Back to the seeded data set. */
  reset(): void {
    this.data = seededData();
    this.customers = new Map(this.data.customers.map((customer) => [customer.id, structuredClone(customer)]));
    this.tickets = new Map();
    this.ticketsByCustomer = new Map();
    // The seeded tickets are shared by every reset; one is copied the first time it changes.
    this.ownTickets.clear();
    for (const ticket of this.data.tickets) {
      this.tickets.set(ticket.id, ticket);
      const list = this.ticketsByCustomer.get(ticket.customerId) ?? [];
      list.push(ticket);
      this.ticketsByCustomer.set(ticket.customerId, list);
    }
    this.sequence = this.data.tickets.length;
    this.versions.clear();
    this.messages.clear();
    this.notes.clear();
    this.attachments.clear();
    this.files.clear();
    this.fileMeta.clear();
    this.idempotency.clear();
    this.noteKeys.clear();
    this.uploads = 0;
    this.people = undefined;
    this.inbox = undefined;
    this.changes.reset();
    this.cases.reset();
    this.interactions.reset();
  }

  private etag(id: string): string {
    return `"${id}-v${this.versions.get(id) ?? 1}"`;
  }
  /** If-Match rules: required (428), and must name the current version (412 with the current one). */
  private precondition(id: string, ifMatch: string | null, current: unknown, what: string) {
    if (!ifMatch) return fail(428, 'Precondition required', 'Send the ETag you read as If-Match.');
    if (ifMatch !== this.etag(id)) {
      return fail(412, `The ${what} was changed by someone else`, 'Reload to see the current version.', {
        current,
        etag: this.etag(id),
      });
    }
    return undefined;
  }

  private bump(id: string): void {
    this.versions.set(id, (this.versions.get(id) ?? 1) + 1);
  }
  private now(): string {
    // Later than every seeded timestamp, and still moving, so new things sort first.
    return new Date(Math.max(Date.now(), MOCK_NOW + 60_000)).toISOString();
  }

  /**
   * Adds (or replaces) a customer with its tickets, and those tickets' transcripts and notes, as
   * given, and when given replaces the agents and lookups (filter options, reasons): the
   * hostile-input page and suite serve data made entirely of attack strings this way.
   */
  loadFixture(fixture: {
    customer: Customer;
    tickets: Ticket[];
    messages: Record<string, Message[]>;
    notes: Record<string, Note[]>;
    agents?: AgentRef[];
    lookups?: Lookups;
  }): void {
    if (fixture.agents && fixture.lookups)
      this.people = structuredClone({ agents: fixture.agents, lookups: fixture.lookups });
    this.customers.set(fixture.customer.id, structuredClone(fixture.customer));
    const tickets = fixture.tickets.map((ticket) => structuredClone(ticket));
    for (const ticket of tickets) this.tickets.set(ticket.id, ticket);
    this.ticketsByCustomer.set(fixture.customer.id, tickets);
    for (const [ticketId, list] of Object.entries(fixture.messages))
      this.messages.set(ticketId, structuredClone(list));
    for (const [ticketId, list] of Object.entries(fixture.notes))
      this.notes.set(ticketId, structuredClone(list));
    for (const list of [...Object.values(fixture.messages), ...Object.values(fixture.notes)])
      for (const item of list)
        for (const attachment of item.attachments) this.fileMeta.set(attachment.id, attachment);
  }

  // ---- customers ----

  getCustomer(id: string): Outcome<Customer> {
    const customer = this.customers.get(id);
    return customer
      ? { ok: true, value: customer, etag: this.etag(id) }
      : fail(404, 'Customer not found', `No customer has the id "${id}".`);
  }

  updateCustomer(id: string, patch: CustomerPatch, ifMatch: string | null): Outcome<Customer> {
    const customer = this.customers.get(id);
    if (!customer) return fail(404, 'Customer not found');
    const stale = this.precondition(id, ifMatch, customer, 'customer');
    if (stale) return stale;
    const errors: FieldError[] = [];
    if (patch.name !== undefined && !String(patch.name).trim())
      errors.push({ field: 'name', message: 'Name is required.' });
    if (patch.email && !EMAIL.test(patch.email))
      errors.push({ field: 'email', message: 'Not a valid email address.' });
    if (patch.phone && !PHONE.test(patch.phone))
      errors.push({ field: 'phone', message: 'Not a valid phone number.' });
    for (const [key, value] of Object.entries(patch.attributes ?? {})) {
      if (key === 'website' && typeof value === 'string' && value && !/^https?:\/\//i.test(value)) {
        errors.push({ field: 'attributes.website', message: 'Use an http:// or https:// address.' });
      }
    }
    if (errors.length) return fail(422, 'Some fields are not valid', undefined, { errors });
    const { ownerId, attributes, ...rest } = patch;
    Object.assign(customer, rest);
    if (attributes) customer.attributes = { ...customer.attributes, ...attributes };
    if (ownerId !== undefined) customer.owner = AGENTS.find((agent) => agent.id === ownerId) ?? null;
    customer.updatedAt = this.now();
    this.bump(id);
    this.changes.emit({ type: 'customer', id, action: 'updated', customerId: id, version: this.etag(id) });
    return { ok: true, value: customer, etag: this.etag(id) };
  }

  searchCustomers(q: string, limit: number): Outcome<Page<Customer>> {
    const needle = q.trim().toLocaleLowerCase();
    const matches = [...this.customers.values()].filter(
      (customer) =>
        !needle ||
        [customer.name, customer.email, customer.company, customer.phone, customer.id].some((value) =>
          value?.toLocaleLowerCase().includes(needle),
        ),
    );
    return paginate(matches, null, limit || 10);
  }

  // ---- tickets ----

  listTickets(query: TicketQuery & { huge?: boolean }): Outcome<Page<Ticket>> {
    let list = query.customerId
      ? (this.ticketsByCustomer.get(query.customerId) ?? [])
      : [...this.tickets.values()];
    const from = query.createdFrom ? Date.parse(query.createdFrom) : -Infinity;
    // A bare date as `createdTo` means the whole of that day.
    const to = query.createdTo
      ? Date.parse(query.createdTo) + (/^\d{4}-\d{2}-\d{2}$/.test(query.createdTo) ? 86_399_999 : 0)
      : Infinity;
    const needle = query.q?.trim().toLocaleLowerCase();
    list = list.filter((ticket) => {
      if (ticket.id === query.excludeId) return false;
      if (!anyOf(query.status, ticket.status) || !anyOf(query.channel, ticket.channel)) return false;
      if (!anyOf(query.reasonId, ticket.reason?.id) || !anyOf(query.resultId, ticket.result?.id))
        return false;
      if (query.assigneeId?.length && !query.assigneeId.includes(ticket.assignee?.id ?? 'unassigned'))
        return false;
      if (query.tag?.length && !ticket.tags.some((tag) => query.tag!.includes(tag.name))) return false;
      const created = Date.parse(ticket.createdAt);
      if (created < from || created > to) return false;
      if (
        needle &&
        ![ticket.subject, ticket.summary, ticket.number].some((value) =>
          value?.toLocaleLowerCase().includes(needle),
        )
      ) {
        return false;
      }
      return true;
    });
    const direction = query.sort === 'oldest' ? 1 : -1;
    list = [...list].sort(
      (a, b) => direction * (Date.parse(a.createdAt) - Date.parse(b.createdAt)) || a.id.localeCompare(b.id),
    );
    return paginate(list, query.cursor, query.limit ?? 25);
  }

  /** A customer's tickets, as stored (the oldest of a customer's list first is not promised). */
  ticketsOf(customerId: string): readonly Ticket[] {
    return this.ticketsByCustomer.get(customerId) ?? [];
  }

  ticket(id: string): Ticket | undefined {
    return this.tickets.get(id);
  }

  getTicket(id: string): Outcome<Ticket> {
    const ticket = this.tickets.get(id);
    return ticket
      ? { ok: true, value: ticket, etag: this.etag(id) }
      : fail(404, 'Ticket not found', `No ticket has the id "${id}".`);
  }

  updateTicket(id: string, patch: TicketPatch, ifMatch: string | null): Outcome<Ticket> {
    const current = this.tickets.get(id);
    if (!current) return fail(404, 'Ticket not found');
    const stale = this.precondition(id, ifMatch, current, 'ticket');
    if (stale) return stale;
    if (patch.subject !== undefined && !patch.subject.trim()) {
      return fail(422, 'Some fields are not valid', undefined, {
        errors: [{ field: 'subject', message: 'Title is required.' }],
      });
    }
    const { assigneeId, reasonId, resultId, ...rest } = patch;
    const ticket = this.writableTicket(id)!;
    Object.assign(ticket, rest);
    if (assigneeId !== undefined) ticket.assignee = AGENTS.find((agent) => agent.id === assigneeId) ?? null;
    if (reasonId !== undefined) ticket.reason = REASONS.find((reason) => reason.id === reasonId) ?? null;
    if (resultId !== undefined) ticket.result = RESULTS.find((result) => result.id === resultId) ?? null;
    if ((patch.status === 'resolved' || patch.status === 'closed') && !ticket.closedAt)
      ticket.closedAt = this.now();
    ticket.updatedAt = this.now();
    this.bump(id);
    this.cases.changed(id);
    this.changes.emit({
      type: 'ticket',
      id,
      action: 'updated',
      customerId: ticket.customerId,
      version: this.etag(id),
    });
    return { ok: true, value: ticket, etag: this.etag(id) };
  }

  /** Begins an idempotent create: `replay` the first result, or refuse a conflicting repeat. */
  beginCreate(
    key: string,
    body: TicketCreate,
  ): { kind: 'new' } | { kind: 'replay'; ticket: Ticket } | { kind: 'in-flight' } | { kind: 'mismatch' } {
    const fingerprint = JSON.stringify(body);
    const record = this.idempotency.get(key);
    if (!record) {
      this.idempotency.set(key, { fingerprint, state: 'in-flight' });
      return { kind: 'new' };
    }
    if (record.fingerprint !== fingerprint) return { kind: 'mismatch' };
    if (record.state === 'in-flight') return { kind: 'in-flight' };
    return { kind: 'replay', ticket: record.ticket! };
  }

  /** Forgets a create that failed validation, so the same key may be used again with fixes. */
  abandonCreate(key: string): void {
    if (this.idempotency.get(key)?.state === 'in-flight') this.idempotency.delete(key);
  }

  createTicket(body: TicketCreate, key: string): Outcome<Ticket> {
    const errors: FieldError[] = [];
    const customer = this.customers.get(body.customerId);
    if (!customer) errors.push({ field: 'customerId', message: 'Choose an existing customer.' });
    if (!body.subject?.trim()) errors.push({ field: 'subject', message: 'Title is required.' });
    if ((body.subject ?? '').length > 200)
      errors.push({ field: 'subject', message: 'Keep the title under 200 characters.' });
    const unknownFiles = body.attachmentIds.filter((id) => !this.fileMeta.has(id));
    if (unknownFiles.length)
      errors.push({ field: 'attachmentIds', message: `Unknown attachments: ${unknownFiles.join(', ')}` });
    if (errors.length) {
      this.abandonCreate(key);
      return fail(422, 'Some fields are not valid', undefined, { errors });
    }
    this.sequence += 1;
    const now = this.now();
    const id = `t_${this.sequence}`;
    const reason = REASONS.find((item) => item.id === body.reasonId) ?? null;
    const ticket: Ticket = {
      id,
      number: `CX-${100_000 + this.sequence}`,
      customerId: body.customerId,
      subject: body.subject.trim(),
      summary:
        body.description
          .replace(/<[^>]*>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 200) || null,
      status: body.status,
      priority: body.priority,
      channel: 'web',
      direction: 'outbound',
      assignee: ME,
      queue: QUEUES[0]!,
      tags: [],
      reason,
      result: null,
      notes: null,
      createdAt: now,
      updatedAt: now,
      closedAt: body.status === 'resolved' || body.status === 'closed' ? now : null,
      lastInteractionAt: now,
      firstResponseSeconds: null,
      handleSeconds: null,
      sla: {
        firstResponseDueAt: new Date(Date.parse(now) + 3_600_000).toISOString(),
        resolveDueAt: null,
        firstRespondedAt: null,
        state: 'pending',
      },
      sentiment: null,
      csat: null,
      recordingUrl: null,
      messageCount: 1,
    };
    this.tickets.set(id, ticket);
    this.ticketsByCustomer.set(ticket.customerId, [
      ...(this.ticketsByCustomer.get(ticket.customerId) ?? []),
      ticket,
    ]);
    this.messages.set(id, [
      {
        id: `m_${id}_1`,
        ticketId: id,
        author: { type: 'agent', id: ME.id, name: ME.name },
        direction: 'outbound',
        body: body.description,
        bodyFormat: 'html',
        createdAt: now,
        attachments: [],
      },
    ]);
    this.attachments.set(
      id,
      body.attachmentIds.map((fileId) => this.fileMeta.get(fileId)!),
    );
    this.notes.set(
      id,
      body.notes.map((note, index) => ({
        id: `n_${id}_${index + 1}`,
        ticketId: id,
        author: ME,
        body: note.body,
        bodyFormat: 'html',
        createdAt: now,
        attachments: note.attachmentIds.flatMap((fileId) => {
          const meta = this.fileMeta.get(fileId);
          return meta ? [{ ...meta, source: 'note' }] : [];
        }),
      })),
    );
    this.idempotency.set(key, { fingerprint: JSON.stringify(body), state: 'done', ticket });
    this.cases.changed(id);
    this.changes.emit({
      type: 'ticket',
      id,
      action: 'created',
      customerId: ticket.customerId,
      version: this.etag(id),
    });
    return { ok: true, value: ticket, etag: this.etag(id) };
  }

  ticketCount(): number {
    return this.tickets.size;
  }

  // ---- transcript, notes, attachments ----

  /** A ticket's transcript, generated once. */
  messagesOf(ticket: Ticket): Message[] {
    let list = this.messages.get(ticket.id);
    if (!list) {
      const customer = this.customers.get(ticket.customerId);
      list = generateMessages(
        ticket,
        this.data.languageOf.get(ticket.customerId) ?? 'en',
        customer?.name ?? 'Customer',
      );
      for (const message of list)
        for (const attachment of message.attachments) this.fileMeta.set(attachment.id, attachment);
      this.messages.set(ticket.id, list);
    }
    return list;
  }

  /** A ticket's internal notes, generated once. */
  notesOf(ticket: Ticket): Note[] {
    let list = this.notes.get(ticket.id);
    if (!list) {
      list = generateNotes(ticket, this.data.languageOf.get(ticket.customerId) ?? 'en');
      for (const note of list)
        for (const attachment of note.attachments) this.fileMeta.set(attachment.id, attachment);
      this.notes.set(ticket.id, list);
    }
    return list;
  }

  listMessages(ticketId: string, cursor: string | null, limit: number): Outcome<Page<Message>> {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) return fail(404, 'Ticket not found');
    return paginate(this.messagesOf(ticket), cursor, limit || 20);
  }

  listNotes(ticketId: string, cursor: string | null): Outcome<Page<Note>> {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) return fail(404, 'Ticket not found');
    return paginate(this.notesOf(ticket), cursor, 50);
  }

  /** A note added earlier under `key` (replayed), 'mismatch' if the key came with another note, or undefined. */
  noteByKey(key: string, ticketId: string, body: unknown): Note | 'mismatch' | undefined {
    const record = this.noteKeys.get(key);
    if (!record) return undefined;
    return record.fingerprint === JSON.stringify([ticketId, body]) ? record.note : 'mismatch';
  }

  addNote(
    ticketId: string,
    body: { body: string; bodyFormat?: string; attachmentIds?: string[] },
    key?: string,
  ): Outcome<Note> {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) return fail(404, 'Ticket not found');
    if (!body.body?.trim() && !body.attachmentIds?.length) {
      return fail(422, 'Some fields are not valid', undefined, {
        errors: [{ field: 'body', message: 'Write a note or attach a file.' }],
      });
    }
    const notes = this.notesOf(ticket);
    const attachments = (body.attachmentIds ?? []).flatMap((fileId) => {
      const meta = this.fileMeta.get(fileId);
      return meta ? [{ ...meta, source: 'note' }] : [];
    });
    const note: Note = {
      id: `n_${ticketId}_${notes.length + 1}_${Date.now().toString(36)}`,
      ticketId,
      author: ME,
      body: body.body,
      bodyFormat: body.bodyFormat === 'text' ? 'text' : 'html',
      createdAt: this.now(),
      attachments,
    };
    notes.push(note);
    if (key) this.noteKeys.set(key, { fingerprint: JSON.stringify([ticketId, body]), note });
    const changed = this.writableTicket(ticketId)!;
    changed.updatedAt = note.createdAt;
    changed.lastInteractionAt = note.createdAt;
    this.bump(ticketId);
    this.cases.changed(ticketId);
    this.changes.emit({
      type: 'note',
      id: note.id,
      action: 'created',
      ticketId,
      customerId: ticket.customerId,
    });
    return { ok: true, value: note };
  }

  listAttachments(ticketId: string): Outcome<Page<Attachment>> {
    const ticket = this.tickets.get(ticketId);
    if (!ticket) return fail(404, 'Ticket not found');
    let direct = this.attachments.get(ticketId);
    if (!direct) {
      direct = generateDirectAttachments(ticket);
      for (const attachment of direct) this.fileMeta.set(attachment.id, attachment);
      this.attachments.set(ticketId, direct);
    }
    const fromMessages = this.messagesOf(ticket).flatMap((message) => message.attachments);
    const fromNotes = this.notesOf(ticket).flatMap((note) => note.attachments);
    return { ok: true, value: { items: [...direct, ...fromNotes, ...fromMessages], nextCursor: null } };
  }

  upload(file: File): Outcome<Attachment> {
    if (!file.name)
      return fail(422, 'Some fields are not valid', undefined, {
        errors: [{ field: 'file', message: 'The file has no name.' }],
      });
    if (file.size > 25_000_000) return fail(413, 'File too large', 'Files can be up to 25 MB.');
    this.uploads += 1;
    const id = `att_u_${this.uploads}_${Date.now().toString(36)}`;
    const attachment: Attachment = {
      id,
      name: file.name,
      size: file.size,
      contentType: file.type || 'application/octet-stream',
      url: `/api/files/${id}`,
      source: 'direct',
      uploadedBy: ME,
      uploadedAt: this.now(),
    };
    this.files.set(id, { bytes: file, contentType: attachment.contentType });
    this.fileMeta.set(id, attachment);
    return { ok: true, value: attachment };
  }

  deleteAttachment(id: string): Outcome<null> {
    const meta = this.findAttachment(id);
    if (!meta) return fail(404, 'Attachment not found');
    if (meta.source !== 'direct') {
      return fail(
        409,
        'Only direct uploads can be deleted',
        `This file came from a ${meta.source}; delete it there.`,
      );
    }
    this.fileMeta.delete(id);
    this.files.delete(id);
    for (const [ticketId, list] of this.attachments) {
      const kept = list.filter((item) => item.id !== id);
      if (kept.length === list.length) continue;
      this.attachments.set(ticketId, kept);
      this.cases.changed(ticketId);
      this.changes.emit({ type: 'attachment', id, action: 'deleted', ticketId });
    }
    return { ok: true, value: null };
  }

  private findAttachment(id: string): Attachment | undefined {
    if (this.fileMeta.has(id)) return this.fileMeta.get(id);
    // Generated attachments are registered when their ticket's lists are first read.
    const match = /^att_(?:d_)?(?:m_|n_)?(\d+)_/.exec(id);
    const ticket = match ? this.tickets.get(`t_${match[1]}`) : undefined;
    if (ticket) this.listAttachments(ticket.id);
    return this.fileMeta.get(id);
  }

  /** The bytes behind an attachment's `url`. */
  file(id: string): StoredFile | undefined {
    const stored = this.files.get(id);
    if (stored) return stored;
    const meta = this.findAttachment(id);
    if (!meta) return undefined;
    if (meta.contentType === 'application/pdf')
      return { bytes: pdfBytes(meta.name), contentType: meta.contentType };
    if (meta.contentType === 'image/png') return { bytes: pngBytes(), contentType: meta.contentType };
    return {
      bytes: new TextEncoder().encode(`Log for ${meta.name}\n`),
      contentType: 'text/plain; charset=utf-8',
    };
  }

  // ---- people and lookups (conversations: see conversations.ts) ----

  agents(): AgentRef[] {
    return this.people?.agents ?? AGENTS;
  }
  /** The signed-in agent: Ploy leads the team, so she may give conversations to others and rate records. */
  me(): Me {
    return { ...ME, permissions: { assignOthers: true, rateInteractions: true } };
  }
  lookups(): Lookups {
    return (
      this.people?.lookups ?? {
        reasons: REASONS,
        results: RESULTS,
        tags: TAGS,
        queues: QUEUES.map(({ id, name }) => ({ id, label: name })),
        ...conversationLookups,
      }
    );
  }
}
