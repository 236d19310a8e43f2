import type { AgentRef, Customer, Page, Ticket } from '../src/api/types.js';
import type * as is from '../src/api/interaction-schemas.js';
import type * as v from 'valibot';
import { CHANNEL_CATEGORIES } from './data/conversation-stories.js';
import { QUEUES, REASONS, RESULTS } from './data/content.js';
import { createRandom } from './data/random.js';
import { anyOf, fail, paginate, type Outcome } from './outcomes.js';

// The interaction log of the mock backend: 100,000 service records across customers, made from
// the cases they belong to (the case's customer is the contact, its agent the owner, its channel
// the first conversation), with sentiment, CSAT and SLA spread the way a contact centre sees them.
// Built the first time the log is asked for; sorted views are kept per column.

export type Interaction = v.InferOutput<typeof is.InteractionSchema>;
export type InteractionQuery = Omit<v.InferOutput<typeof is.InteractionQuerySchema>, 'cursor' | 'limit'> & {
  cursor?: string;
  limit?: number;
};
type Patch = v.InferOutput<typeof is.InteractionPatchSchema>;

export const INTERACTION_COUNT = 100_000;
/** The CX log's rule: the first response within ten minutes meets the SLA. */
export const SLA_THRESHOLD_SECONDS = 600;

const MINUTE = 60_000;
const LATER_CHANNELS = ['voice', 'chat', 'email', 'whatsapp', 'line'];
const FOLLOW_UP_CHANNELS = ['chat', 'email', 'line'];
/** Mostly neutral or positive, some negative, some not detected. */
const SENTIMENT_SPREAD = ['positive', 'positive', 'neutral', 'neutral', 'neutral', 'negative', null] as const;
/** CSAT skews high, as surveys do, with a tail of unhappy customers. */
const CSAT_SPREAD = [1, 2, 3, 4, 4, 5, 5, 5];
const iso = (time: number) => new Date(time).toISOString();

export interface InteractionSource {
  tickets: readonly Ticket[];
  customer(id: string): Customer | undefined;
  agents: readonly AgentRef[];
}

export class InteractionLog {
  private records?: Interaction[];
  private byId = new Map<string, Interaction>();
  private versions = new Map<string, number>();
  private sorted = new Map<string, Interaction[]>();

  constructor(
    private readonly source: () => InteractionSource,
    private readonly count = INTERACTION_COUNT,
  ) {}

  /** Built from the seed, the records are the same after a reset: only changed ones make a rebuild. */
  private changed = false;

  reset(): void {
    if (!this.changed) return;
    this.changed = false;
    this.records = undefined;
    this.byId.clear();
    this.versions.clear();
    this.sorted.clear();
  }

  private all(): Interaction[] {
    if (this.records) return this.records;
    const { tickets, customer, agents } = this.source();
    const random = createRandom(100_000);
    const records: Interaction[] = [];
    for (let index = 0; index < this.count; index += 1) {
      const ticket = tickets[index % tickets.length]!;
      const round = Math.floor(index / tickets.length);
      const contact = customer(ticket.customerId);
      const category = CHANNEL_CATEGORIES.find((item) => item.channel === ticket.channel);
      const channel = round === 0 ? ticket.channel : random.pick(LATER_CHANNELS);
      const voice = channel === 'voice';
      const started = Date.parse(ticket.createdAt) + round * random.int(30, 600) * MINUTE;
      const handleSeconds = voice ? random.int(60, 900) : random.int(120, 3600);
      const firstResponseSeconds = random.chance(0.04) ? null : random.int(15, 1800);
      const id = `ix_${index + 1}`;
      const startedAt = iso(started);
      const endedAt = iso(started + handleSeconds * 1000);
      // One conversation record most of the time (its times are the record's); now and then a
      // second, later, on another channel.
      const conversations = [{ channel, startedAt, endedAt }];
      if (random.chance(0.2)) {
        const at = started + handleSeconds * 1000 + random.int(5, 120) * MINUTE;
        conversations.push({
          channel: random.pick(FOLLOW_UP_CHANNELS),
          startedAt: iso(at),
          endedAt: iso(at + random.int(60, 600) * 1000),
        });
      }
      const agent = ticket.assignee ?? (random.chance(0.5) ? random.pick(agents) : null);
      const record: Interaction = {
        id,
        caseId: ticket.id,
        caseNumber: ticket.number,
        contact: {
          id: ticket.customerId,
          name: contact?.name ?? 'Customer',
          label: contact?.labels[0] ?? null,
        },
        channel,
        channelCategory: category ? { id: category.id, label: category.label } : null,
        queue: ticket.queue ?? {
          id: QUEUES[index % QUEUES.length]!.id,
          name: QUEUES[index % QUEUES.length]!.name,
        },
        agent,
        direction: round === 0 ? ticket.direction : random.chance(0.7) ? 'inbound' : 'outbound',
        startedAt,
        endedAt,
        handleSeconds,
        firstResponseSeconds,
        recording: voice
          ? { url: `/api/recordings/${id}.wav`, durationSeconds: handleSeconds, contentType: 'audio/wav' }
          : null,
        disposition: random.chance(0.9) ? random.pick(RESULTS) : null,
        reason: round === 0 ? (ticket.reason ?? null) : random.chance(0.85) ? random.pick(REASONS) : null,
        tags: round === 0 ? ticket.tags : [],
        notes: round === 0 ? (ticket.notes ?? null) : null,
        sentiment: random.pick(SENTIMENT_SPREAD),
        csat: random.chance(0.45) ? random.pick(CSAT_SPREAD) : null,
        sla: {
          verdict:
            firstResponseSeconds === null
              ? 'pending'
              : firstResponseSeconds <= SLA_THRESHOLD_SECONDS
                ? 'met'
                : 'breached',
          thresholdSeconds: SLA_THRESHOLD_SECONDS,
        },
        conversations,
        version: `"${id}-v1"`,
      };
      records.push(record);
      this.byId.set(id, record);
    }
    this.records = records;
    return records;
  }

  private sortedBy(sort: string): Interaction[] {
    let list = this.sorted.get(sort);
    if (list) return list;
    const key = (record: Interaction): string | number => {
      switch (sort) {
        case 'caseNumber':
          return record.caseNumber;
        case 'contact':
          return record.contact.name.toLocaleLowerCase();
        case 'channel':
          return record.channel;
        case 'queue':
          return record.queue?.name ?? '';
        case 'agent':
          return record.agent?.name ?? '';
        case 'direction':
          return record.direction;
        case 'handleSeconds':
          return record.handleSeconds ?? -1;
        case 'firstResponseSeconds':
          return record.firstResponseSeconds ?? Number.MAX_SAFE_INTEGER;
        case 'disposition':
          return record.disposition?.label ?? '';
        case 'reason':
          return record.reason?.label ?? '';
        case 'sentiment':
          return record.sentiment ?? '';
        case 'csat':
          return record.csat ?? 0;
        case 'sla':
          return record.sla.verdict;
        default:
          return Date.parse(record.startedAt);
      }
    };
    const keyed = this.all().map((record) => ({ record, key: key(record) }));
    keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.record.id < b.record.id ? -1 : 1));
    list = keyed.map((item) => item.record);
    this.sorted.set(sort, list);
    return list;
  }

  private matches(record: Interaction, query: InteractionQuery): boolean {
    const started = Date.parse(record.startedAt);
    if (query.createdFrom && started < Date.parse(query.createdFrom)) return false;
    if (query.createdTo) {
      const to = /^\d{4}-\d{2}-\d{2}$/.test(query.createdTo)
        ? Date.parse(`${query.createdTo}T23:59:59.999Z`)
        : Date.parse(query.createdTo);
      if (started > to) return false;
    }
    if (!anyOf(query.resultId, record.disposition?.id) || !anyOf(query.reasonId, record.reason?.id))
      return false;
    if (!anyOf(query.channel, record.channel) || !anyOf(query.channelCategoryId, record.channelCategory?.id))
      return false;
    if (!anyOf(query.customerId, record.contact.id) || !anyOf(query.queueId, record.queue?.id)) return false;
    if (!anyOf(query.agentId, record.agent?.id ?? 'unassigned')) return false;
    if (query.direction && record.direction !== query.direction) return false;
    if (!anyOf(query.sla, record.sla.verdict) || !anyOf(query.sentiment, record.sentiment)) return false;
    if (!anyOf(query.csat, record.csat === null || record.csat === undefined ? null : String(record.csat)))
      return false;
    if (query.tag?.length && !record.tags.some((tag) => query.tag!.includes(tag.name))) return false;
    const needle = query.q?.trim().toLocaleLowerCase();
    return (
      !needle ||
      [record.caseNumber, record.contact.name, record.notes].some((value) =>
        value?.toLocaleLowerCase().includes(needle),
      )
    );
  }

  /** The records the filters keep, in the asked order. */
  select(query: InteractionQuery): Interaction[] {
    const found = this.sortedBy(query.sort ?? 'startedAt').filter((record) => this.matches(record, query));
    return query.order === 'asc' ? found : found.reverse();
  }

  list(query: InteractionQuery): Outcome<Page<Interaction>> {
    const found = this.select(query);
    const page = paginate(found, query.cursor, query.limit ?? 50);
    return page.ok ? { ok: true, value: { ...page.value, total: found.length } } : page;
  }

  get(id: string): Interaction | undefined {
    this.all();
    return this.byId.get(id);
  }

  /** A supervisor sets sentiment or CSAT: If-Match required, 412 with the record as it is. */
  update(id: string, patch: Patch, ifMatch: string | null): Outcome<Interaction> {
    const record = this.get(id);
    if (!record) return fail(404, 'Interaction not found');
    if (!ifMatch) return fail(428, 'Precondition required', 'Send the record’s version as If-Match.');
    if (ifMatch !== record.version)
      return fail(412, 'The record was changed by someone else', 'Reload to see the current version.', {
        current: record,
        etag: record.version,
      });
    this.changed = true;
    const version = (this.versions.get(id) ?? 1) + 1;
    this.versions.set(id, version);
    Object.assign(record, patch, { version: `"${id}-v${version}"` });
    return { ok: true, value: record, etag: record.version };
  }
}

/** A CSV cell a spreadsheet never runs: quoted, and a leading `= + - @` (or tab, CR) made text. */
export function csvCell(value: unknown): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n']/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

const CSV_COLUMNS: [string, (record: Interaction) => unknown][] = [
  ['Case', (record) => record.caseNumber],
  ['Contact', (record) => record.contact.name],
  ['Contact label', (record) => record.contact.label],
  ['Channel', (record) => record.channel],
  ['Queue', (record) => record.queue?.name],
  ['Agent', (record) => record.agent?.name],
  ['Direction', (record) => record.direction],
  ['Started', (record) => record.startedAt],
  ['Handle time (s)', (record) => record.handleSeconds],
  ['First response (s)', (record) => record.firstResponseSeconds],
  ['Disposition', (record) => record.disposition?.label],
  ['Reason', (record) => record.reason?.label],
  ['Tags', (record) => record.tags.map((tag) => tag.name).join('; ')],
  ['Sentiment', (record) => record.sentiment],
  ['CSAT', (record) => record.csat],
  ['SLA', (record) => record.sla.verdict],
  ['Notes', (record) => record.notes],
];

/** The export: a stream of CSV lines (header first), so 100,000 rows are never one string. */
export function csvStream(records: readonly Interaction[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let index = -1;
  return new ReadableStream({
    pull(controller) {
      if (index === -1) {
        // A byte-order mark, so spreadsheets read Thai and Polish names right.
        controller.enqueue(
          encoder.encode(`\uFEFF${CSV_COLUMNS.map(([name]) => csvCell(name)).join(',')}\r\n`),
        );
        index = 0;
        return;
      }
      if (index >= records.length) return controller.close();
      const chunk = records
        .slice(index, index + 1000)
        .map((record) => CSV_COLUMNS.map(([, read]) => csvCell(read(record))).join(','))
        .join('\r\n');
      index += 1000;
      controller.enqueue(encoder.encode(`${chunk}\r\n`));
    },
  });
}
