import type {
  BulkDeleteResult,
  CustomerAttachment,
  CustomerAttachmentQuery,
  Page,
  QueueItem,
  Ticket,
  TicketAssociations,
  TicketEvent,
  TicketEventQuery,
  TicketRef,
} from '../src/api/types.js';
import { SPECIAL_CUSTOMERS } from './data/seed.js';
import { createRandom } from './data/random.js';
import type { MockDatabase } from './db.js';
import { anyOf, fail, paginate, type Outcome } from './outcomes.js';

// The case workspace of the mock backend, made from each ticket's own data so that it agrees with
// everything else: a timeline of what happened to the case (its creation, assignment, status
// changes, its messages and notes, its files, its SLA clocks), associations that hold both ways
// (a parent lists its child), its queue item, and all of a customer's files with bulk delete.

const MINUTE = 60_000;
/** The case whose timeline holds 5,000 events (paging, and a list that must stay fast). */
export const LONG_TIMELINE_EVENTS = 5_000;

const iso = (time: number) => new Date(time).toISOString();
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const ref = ({ id, number, subject, status }: Ticket): TicketRef => ({ id, number, subject, status });

export class CaseViews {
  private readonly timelines = new Map<string, TicketEvent[]>();
  private readonly customerFiles = new Map<string, CustomerAttachment[]>();

  constructor(private readonly db: MockDatabase) {}

  /** Forgets what was built (the database was reset). */
  reset(): void {
    this.timelines.clear();
    this.customerFiles.clear();
  }

  /** A case changed (its status, a note, a file): its timeline and its customer's files are built again. */
  changed(ticketId: string): void {
    this.timelines.delete(ticketId);
    this.customerFiles.clear();
  }

  /** The case with 5,000 events: the newest of the 10,000-ticket customer's cases. */
  get longTimelineTicketId(): string {
    return this.db.ticketsOf(SPECIAL_CUSTOMERS.huge)[0]!.id;
  }

  listEvents(
    ticketId: string,
    query: Omit<TicketEventQuery, 'type'> & { type?: string[] },
  ): Outcome<Page<TicketEvent>> {
    const ticket = this.db.ticket(ticketId);
    if (!ticket) return fail(404, 'Ticket not found');
    let events = this.timelines.get(ticketId);
    if (!events) {
      events = ticketId === this.longTimelineTicketId ? this.longTimeline(ticket) : this.timeline(ticket);
      this.timelines.set(ticketId, events);
    }
    const chosen = events.filter((event) => anyOf(query.type, event.type));
    if (query.sort !== 'oldest') chosen.reverse();
    return paginate(chosen, query.cursor, query.limit ?? 25);
  }

  /** What happened to the case, oldest first. */
  private timeline(ticket: Ticket): TicketEvent[] {
    const events: Omit<TicketEvent, 'id' | 'ticketId'>[] = [];
    const created = Date.parse(ticket.createdAt);
    const system = { type: 'system', id: null, name: 'System' };
    const agentActor = (agent: { id: string; name: string }) => ({
      type: 'agent',
      id: agent.id,
      name: agent.name,
    });
    events.push({
      type: 'created',
      at: ticket.createdAt,
      actor: system,
      summary: ticket.subject,
      channel: ticket.channel,
    });
    if (ticket.assignee)
      events.push({
        type: 'assignment',
        at: iso(created + 2 * MINUTE),
        actor: system,
        from: null,
        to: ticket.assignee.name,
      });
    for (const message of this.db.messagesOf(ticket)) {
      const type = ticket.channel === 'email' ? 'email' : ticket.channel === 'voice' ? 'call' : 'message';
      events.push({
        type,
        at: message.createdAt,
        actor: { type: message.author.type, id: message.author.id ?? null, name: message.author.name },
        summary: plain(message.body).slice(0, 140),
        channel: ticket.channel,
        direction: message.direction,
        durationSeconds: type === 'call' ? (ticket.handleSeconds ?? 300) : null,
        refId: message.id,
      });
      for (const file of message.attachments)
        events.push({
          type: 'attachment',
          at: file.uploadedAt,
          actor: events.at(-1)!.actor,
          summary: file.name,
          refId: file.id,
        });
    }
    for (const note of this.db.notesOf(ticket)) {
      events.push({
        type: 'note',
        at: note.createdAt,
        actor: agentActor(note.author),
        summary: plain(note.body).slice(0, 140),
        refId: note.id,
      });
    }
    const responded = ticket.sla?.firstRespondedAt;
    if (ticket.sla?.firstResponseDueAt) {
      const met = responded && Date.parse(responded) <= Date.parse(ticket.sla.firstResponseDueAt);
      if (responded || Date.parse(ticket.sla.firstResponseDueAt) < Date.now())
        events.push({
          type: 'sla',
          at: met ? responded! : ticket.sla.firstResponseDueAt,
          actor: system,
          sla: { clock: 'firstResponse', outcome: met ? 'met' : 'breached' },
        });
    }
    if (responded && ticket.status !== 'new')
      events.push({
        type: 'status',
        at: responded,
        actor: ticket.assignee ? agentActor(ticket.assignee) : system,
        from: 'new',
        to: 'open',
      });
    if (!['new', 'open'].includes(ticket.status))
      events.push({
        type: 'status',
        at: ticket.closedAt ?? ticket.updatedAt,
        actor: ticket.assignee ? agentActor(ticket.assignee) : system,
        from: 'open',
        to: ticket.status,
      });
    return events
      .sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
      .map((event, index) => ({ id: `ev_${ticket.id}_${index + 1}`, ticketId: ticket.id, ...event }));
  }

  /** 5,000 events over the case's life: a long back-and-forth with notes, files and changes. */
  private longTimeline(ticket: Ticket): TicketEvent[] {
    const random = createRandom(5000);
    const start = Date.parse(ticket.createdAt);
    const agent = ticket.assignee ?? { id: 'a_2', name: 'Marcus Lee' };
    const kinds = [
      'message',
      'message',
      'message',
      'note',
      'attachment',
      'status',
      'priority',
      'assignment',
    ] as const;
    const statuses = ['open', 'pending', 'open', 'on_hold', 'open'];
    return Array.from({ length: LONG_TIMELINE_EVENTS }, (_, index) => {
      const type = index === 0 ? 'created' : random.pick(kinds);
      const fromCustomer = type === 'message' && index % 2 === 0;
      return {
        id: `ev_${ticket.id}_${index + 1}`,
        ticketId: ticket.id,
        type,
        at: iso(start + index * 7 * MINUTE),
        actor: fromCustomer
          ? { type: 'customer', id: ticket.customerId, name: 'Harriet Volume' }
          : { type: 'agent', id: agent.id, name: agent.name },
        summary:
          type === 'message'
            ? `${fromCustomer ? 'Customer' : 'Agent'} message ${index + 1}`
            : type === 'note'
              ? `Internal note ${index + 1}`
              : type === 'attachment'
                ? `photo-${index + 1}.jpg`
                : type === 'created'
                  ? ticket.subject
                  : null,
        from: type === 'status' ? statuses[index % 5] : type === 'priority' ? 'normal' : null,
        to:
          type === 'status'
            ? statuses[(index + 1) % 5]
            : type === 'priority'
              ? 'high'
              : type === 'assignment'
                ? agent.name
                : null,
        direction: type === 'message' ? (fromCustomer ? 'inbound' : 'outbound') : null,
        channel: type === 'message' ? ticket.channel : null,
      };
    });
  }

  /**
   * Associations that hold both ways, among each customer's cases in groups of six: the second is
   * the first's child, the third is related to the first, the fourth was merged into the first.
   */
  associations(ticketId: string): Outcome<TicketAssociations> {
    const ticket = this.db.ticket(ticketId);
    if (!ticket) return fail(404, 'Ticket not found');
    const list = this.db.ticketsOf(ticket.customerId);
    const index = list.findIndex((item) => item.id === ticketId);
    const at = (offset: number) => list[index + offset];
    const position = index % 6;
    const head = position === 0;
    const maybe = (item: Ticket | undefined) => (item ? [ref(item)] : []);
    return {
      ok: true,
      value: {
        parent: position === 1 ? ref(at(-1)!) : null,
        children: head ? maybe(at(1)) : [],
        related: head ? maybe(at(2)) : position === 2 ? [ref(at(-2)!)] : [],
        merged: head ? maybe(at(3)) : [],
        mergedInto: position === 3 ? ref(at(-3)!) : null,
      },
    };
  }

  /** Where an open case waits: its queue, since it was opened, worked by its assignee. */
  queueItem(ticketId: string): Outcome<{ item: QueueItem | null }> {
    const ticket = this.db.ticket(ticketId);
    if (!ticket) return fail(404, 'Ticket not found');
    const open = ['new', 'open', 'pending', 'on_hold'].includes(ticket.status);
    if (!open || !ticket.queue) return { ok: true, value: { item: null } };
    const created = Date.parse(ticket.createdAt);
    return {
      ok: true,
      value: {
        item: {
          queue: ticket.queue,
          enteredAt: ticket.createdAt,
          workedBy: ticket.assignee ?? null,
          workedSince: ticket.assignee ? iso(created + 2 * MINUTE) : null,
        },
      },
    };
  }

  /** Every file of a customer's cases, built once per customer (forgotten when files change). */
  private filesOf(customerId: string): CustomerAttachment[] {
    let files = this.customerFiles.get(customerId);
    if (!files) {
      files = this.db.ticketsOf(customerId).flatMap((ticket) => {
        const listed = this.db.listAttachments(ticket.id);
        return listed.ok ? listed.value.items.map((file) => ({ ...file, ticket: ref(ticket) })) : [];
      });
      this.customerFiles.set(customerId, files);
    }
    return files;
  }

  listCustomerAttachments(
    customerId: string,
    query: Omit<CustomerAttachmentQuery, 'source'> & { source?: string[] },
  ): Outcome<Page<CustomerAttachment>> {
    if (!this.db.getCustomer(customerId).ok) return fail(404, 'Customer not found');
    const needle = query.q?.trim().toLocaleLowerCase();
    const from = query.from ? Date.parse(query.from) : -Infinity;
    const to = query.to ? Date.parse(query.to) : Infinity;
    const found = this.filesOf(customerId).filter((file) => {
      if (needle && !file.name.toLocaleLowerCase().includes(needle)) return false;
      if (!anyOf(query.source, file.source) || !anyOf(query.ticketId, file.ticket?.id)) return false;
      if (!anyOf(query.uploadedById, file.uploadedBy?.id)) return false;
      if (query.contentType?.length && !query.contentType.some((type) => file.contentType.startsWith(type)))
        return false;
      const uploaded = Date.parse(file.uploadedAt);
      return uploaded >= from && uploaded <= to;
    });
    const value = (file: CustomerAttachment): string | number => {
      switch (query.sort) {
        case 'name':
          return file.name.toLocaleLowerCase();
        case 'size':
          return file.size;
        case 'uploadedBy':
          return file.uploadedBy?.name ?? '';
        case 'source':
          return file.source;
        case 'ticket':
          return file.ticket?.number ?? '';
        default:
          return Date.parse(file.uploadedAt);
      }
    };
    const direction = query.order === 'asc' ? 1 : -1;
    found.sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      return (x < y ? -1 : x > y ? 1 : a.id.localeCompare(b.id)) * direction;
    });
    const page = paginate(found, query.cursor, query.limit ?? 50);
    return page.ok ? { ok: true, value: { ...page.value, total: found.length } } : page;
  }

  /** Deletes each file on its own terms: direct uploads go, the others are refused (409) one by one. */
  deleteMany(ids: string[]): Outcome<BulkDeleteResult> {
    const results = ids.map((id) => {
      const outcome = this.db.deleteAttachment(id);
      return outcome.ok
        ? { id, ok: true, status: 204, title: null }
        : { id, ok: false, status: outcome.status, title: outcome.title };
    });
    if (results.some((result) => result.ok)) this.customerFiles.clear();
    return { ok: true, value: { results } };
  }
}
