// Over 450 lines, knowingly: the whole seeded world in one draw order (customers, cases, SLA,
// transcripts, notes, files); split, the order of random draws that keeps every name and id stable
// across changes would be spread over files that must be read together anyway.
import type { AgentRef, Attachment, Customer, Message, Note, Ticket } from '../../src/api/types.js';
import { CHANNELS, PRIORITIES } from '../../src/core/vocabulary.js';
import {
  COMPANIES,
  FIRST_NAMES,
  HOSTILE_HTML,
  LAST_NAMES,
  MOCK_LANGUAGES,
  QUEUES,
  REASONS,
  RESULTS,
  SUBJECTS,
  TAGS,
  type MockLanguage,
} from './content.js';
import { createRandom, type Random } from './random.js';
import {
  ASSIGNED_TO,
  BOT_GREETING,
  CALLBACK_NOTE,
  FOLLOW_UPS,
  linesSoFar,
  TICKET_TOPICS,
  topicOfSubject,
} from './ticket-stories.js';

/**
 * The moment the data set is anchored at: when the mocks started (to the minute), so "4 days ago"
 * stays true however long after the data was written the sandbox runs. Deterministic given the
 * seed and this moment; a test or a screenshot pins it with `globalThis.cxMockNow` (epoch ms) set
 * before the mocks load.
 */
export const MOCK_NOW: number =
  (globalThis as { cxMockNow?: number }).cxMockNow ?? Math.floor(Date.now() / 60_000) * 60_000;
const DAY = 86_400_000;
const iso = (time: number) => new Date(time).toISOString();

/** Customers the demo and tests name on purpose. */
export const SPECIAL_CUSTOMERS = {
  /** 10,000 past tickets. */
  huge: 'c_10000',
  /** No tickets at all. */
  empty: 'c_empty',
  /** Hostile strings in every text field. */
  hostile: 'c_hostile',
} as const;

export const AGENTS: AgentRef[] = [
  { id: 'a_1', name: 'Ploy Srisuk', avatarUrl: null },
  { id: 'a_2', name: 'Marcus Lee', avatarUrl: null },
  { id: 'a_3', name: 'Dewi Anggraini', avatarUrl: null },
  { id: 'a_4', name: 'Kasia Nowicka', avatarUrl: null },
  { id: 'a_5', name: 'Tom Becker', avatarUrl: null },
];
export const ME = AGENTS[0]!;

export interface SeedData {
  customers: Customer[];
  tickets: Ticket[];
  /** Language each customer writes in, for generating their messages. */
  languageOf: Map<string, MockLanguage>;
}

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Robert\u202Egnp.exe</script>';

/** How Thai first names are written in email addresses and handles. */
const THAI_ROMAN: Record<string, string> = {
  สมชาย: 'somchai',
  สุดารัตน์: 'sudarat',
  ปิยะ: 'piya',
  อรุณี: 'arunee',
  ธนากร: 'thanakorn',
  กมลชนก: 'kamonchanok',
  วิชัย: 'wichai',
  พิมพ์ชนก: 'pimchanok',
  ณัฐพล: 'nattaphon',
  ศิริพร: 'siriporn',
};

/** A customer whose email and handles are made from their name (`named` replaces the drawn one). */
function makeCustomer(
  random: Random,
  index: number,
  language: MockLanguage,
  named?: { first: string; last: string },
): Customer {
  const drawn = { first: random.pick(FIRST_NAMES[language]), last: random.pick(LAST_NAMES[language]) };
  const { first, last } = named ?? drawn;
  const name = `${first} ${last}`;
  // Email handles from the first name (Thai names get a romanized stand-in).
  const handleName = (THAI_ROMAN[first] ?? first)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const ascii = `${handleName}.${index}`;
  const countryCode = { en: '44', th: '66', id: '62', pl: '48' }[language];
  const createdAt = MOCK_NOW - random.int(30, 1500) * DAY;
  const channels: Customer['channels'] = [{ type: 'email', handle: `${ascii}@example.com` }];
  if (language === 'th' || random.chance(0.2))
    channels.push({ type: 'line', handle: `@${ascii.replace('.', '_')}` });
  if (language === 'id' || random.chance(0.2))
    channels.push({ type: 'whatsapp', handle: `+${countryCode} 812 ${1000 + index} ${2000 + index}` });
  if (random.chance(0.3)) channels.push({ type: 'instagram', handle: `@${ascii}` });
  return {
    id: `c_${index}`,
    name,
    email: `${ascii}@example.com`,
    phone: random.chance(0.8)
      ? `+${countryCode} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(100, 999)}`
      : null,
    company: random.chance(0.6) ? random.pick(COMPANIES[language]) : null,
    avatarUrl: null,
    labels: random.sample(['VIP', 'Wholesale', 'Newsletter', 'Beta tester'], random.int(0, 2)),
    owner: random.chance(0.7) ? random.pick(AGENTS) : null,
    channels,
    attributes: {
      plan: random.pick(['Free', 'Plus', 'Business']),
      website: random.chance(0.4) ? `https://${ascii.replace('.', '-')}.example.com` : null,
      lifetimeValue: random.int(0, 20000),
      marketingConsent: random.chance(0.5),
      birthday: random.chance(0.3)
        ? `19${random.int(60, 99)}-0${random.int(1, 9)}-1${random.int(0, 9)}`
        : null,
    },
    locale: { en: 'en-GB', th: 'th-TH', id: 'id-ID', pl: 'pl-PL' }[language],
    timezone: { en: 'Europe/London', th: 'Asia/Bangkok', id: 'Asia/Jakarta', pl: 'Europe/Warsaw' }[language],
    createdAt: iso(createdAt),
    updatedAt: iso(createdAt + random.int(0, 20) * DAY),
  };
}

function makeTicket(
  random: Random,
  sequence: number,
  customer: Customer,
  language: MockLanguage,
  createdAt: number,
): Ticket {
  const channel = random.chance(0.03) ? 'telegram' : random.pick(CHANNELS);
  const status = random.pick([
    'new',
    'open',
    'pending',
    'on_hold',
    'resolved',
    'closed',
    'closed',
    'closed',
    'resolved',
  ] as const);
  const closed = status === 'resolved' || status === 'closed';
  // Queued tickets and tickets closed by automation have nobody assigned: "Unassigned".
  const assignee = status === 'new' || (closed && random.chance(0.15)) ? null : random.pick(AGENTS);
  // Calls last minutes; a chat or an email thread is handled over an hour or so.
  const handleSeconds = channel === 'voice' ? random.int(60, 900) : random.int(120, 5400);
  const firstResponseSeconds = random.int(20, 7200);
  // Nothing in the data set happens after MOCK_NOW.
  const closedAt = closed ? Math.min(createdAt + random.int(1, 96) * 3_600_000, MOCK_NOW - 60_000) : null;
  const lastInteractionAt = closedAt ?? Math.min(MOCK_NOW, createdAt + random.int(0, 48) * 3_600_000);
  // Everything below about what the case is about follows its topic. Every value is still drawn
  // where it always was, so the rest of the data set (names, later cases) stays as it was.
  const topicIndex = random.int(0, SUBJECTS[language].length - 1);
  const topic = TICKET_TOPICS[topicIndex]!;
  // The order number (`{n}`) is filled in once the case has its final number (see seed()).
  const subject = SUBJECTS[language][topicIndex]!;
  const story = topic.story[language];
  const tagNames = random.sample(TAGS, random.int(0, 3));
  const ticket: Ticket = {
    id: `t_${sequence}`,
    number: `CX-${100_000 + sequence}`,
    customerId: customer.id,
    subject,
    summary: random.chance(0.5) && redrawn(random) ? story.summary : null,
    status,
    priority: random.pick(PRIORITIES),
    channel,
    direction: random.chance(0.8) ? 'inbound' : 'outbound',
    assignee,
    queue: random.pick(QUEUES),
    tags: topicTags(
      topic.tag,
      tagNames.map((name, index) => ({
        name,
        source: index === 0 && random.chance(0.6) ? 'ai' : random.pick(['agent', 'agent', 'rule']),
      })),
    ),
    reason:
      random.chance(0.85) && redrawn(random) ? REASONS.find((item) => item.id === topic.reasonId)! : null,
    result: closed ? random.pick(RESULTS) : null,
    notes: random.chance(0.25) && redrawn(random) ? story.note : null,
    createdAt: iso(createdAt),
    updatedAt: iso(lastInteractionAt),
    closedAt: closedAt === null ? null : iso(closedAt),
    lastInteractionAt: iso(lastInteractionAt),
    firstResponseSeconds: status === 'new' ? null : firstResponseSeconds,
    handleSeconds: closed ? handleSeconds : null,
    sla: null, // below, from the priority (drawn in its place, so the data set stays as it was)
    sentiment: random.pick(['positive', 'neutral', 'negative', null] as const),
    csat: closed && random.chance(0.6) ? random.int(1, 5) : null,
    recordingUrl: channel === 'voice' ? `/api/recordings/t_${sequence}.wav` : null,
    messageCount: random.int(2, 14), // replaced by the transcript's length once the case has its id
  };
  ticket.sla = slaOf(status, createdAt, firstResponseSeconds, closedAt, ticket.priority);
  return ticket;
}

/** The SLA policies: urgent cases get faster targets. */
const POLICIES = {
  urgent: { id: 'sla_priority', name: 'Priority support', firstResponse: 15 * 60, resolution: 8 * 3600 },
  other: { id: 'sla_standard', name: 'Standard support', firstResponse: 3600, resolution: 2 * 86_400 },
};

/**
 * A case's SLA: the policy, its clocks (first response, next response while it is open, resolution)
 * with met, breached, running or paused (pending on the customer), and the CX log's verdict rule.
 */
function slaOf(
  status: string,
  createdAt: number,
  firstResponseSeconds: number,
  closedAt: number | null,
  priority: string,
): NonNullable<Ticket['sla']> {
  const policy = priority === 'urgent' || priority === 'high' ? POLICIES.urgent : POLICIES.other;
  const firstDue = createdAt + policy.firstResponse * 1000;
  const resolveDue = createdAt + policy.resolution * 1000;
  const responded = status === 'new' ? null : createdAt + firstResponseSeconds * 1000;
  const warn = (due: number, span: number) => iso(due - span * 200); // at 80 % of the time
  const clock = (kind: string, due: number, span: number, doneAt: number | null, paused = false) => {
    const done = doneAt !== null;
    const met = done && doneAt <= due;
    const breached = (done && !met) || (!done && !paused && due < MOCK_NOW);
    return {
      kind,
      state: met ? 'met' : breached ? 'breached' : paused ? 'paused' : 'running',
      dueAt: iso(due),
      warnAt: warn(due, span),
      metAt: met ? iso(doneAt) : null,
      breachedAt: breached ? iso(due) : null,
      pausedAt: paused ? iso(Math.min(MOCK_NOW, (responded ?? createdAt) + 3_600_000)) : null,
      pausedSeconds: 0,
    };
  };
  const clocks = [clock('firstResponse', firstDue, policy.firstResponse, responded)];
  const open = !closedAt;
  if (open && responded) {
    // The customer wrote again after the first answer: the next response is due within the same time.
    const lastCustomerMessage = Math.max(responded, MOCK_NOW - 20 * 60_000);
    clocks.push(
      clock(
        'nextResponse',
        lastCustomerMessage + policy.firstResponse * 1000,
        policy.firstResponse,
        null,
        status === 'pending',
      ),
    );
  }
  clocks.push(
    clock(
      'resolution',
      resolveDue,
      policy.resolution,
      closedAt,
      status === 'pending' || status === 'on_hold',
    ),
  );
  return {
    firstResponseDueAt: iso(firstDue),
    resolveDueAt: iso(resolveDue),
    firstRespondedAt: responded === null ? null : iso(responded),
    state: responded === null ? 'pending' : responded <= firstDue ? 'met' : 'breached',
    policy: { id: policy.id, name: policy.name },
    clocks,
    thresholdSeconds: 600,
  };
}

/** Builds the whole data set from a seed; the same seed gives the same data, byte for byte. */
export function seed(seedValue = 20261120): SeedData {
  const random = createRandom(seedValue);
  const customers: Customer[] = [];
  const tickets: Ticket[] = [];
  const languageOf = new Map<string, MockLanguage>();
  let sequence = 0;

  const addTickets = (customer: Customer, language: MockLanguage, count: number, spanDays: number) => {
    for (let i = 0; i < count; i += 1) {
      sequence += 1;
      const createdAt = MOCK_NOW - Math.round(((i + random.next()) / count) * spanDays * DAY) - 3_600_000;
      tickets.push(makeTicket(random, sequence, customer, language, createdAt));
    }
  };

  for (let index = 1; index <= 216; index += 1) {
    const language = MOCK_LANGUAGES[index % 4]!;
    const customer = makeCustomer(random, index, language);
    customers.push(customer);
    languageOf.set(customer.id, language);
    const count = index % 11 === 0 ? 0 : random.chance(0.1) ? random.int(40, 120) : random.int(1, 25);
    addTickets(customer, language, count, random.int(60, 900));
  }

  const huge = {
    ...makeCustomer(random, 10000, 'en', { first: 'Harriet', last: 'Volume' }),
    id: SPECIAL_CUSTOMERS.huge,
    labels: ['VIP'],
  };
  customers.push(huge);
  languageOf.set(huge.id, 'en');
  addTickets(huge, 'en', 10_000, 3 * 365);

  const empty = {
    ...makeCustomer(random, 9999, 'pl', { first: 'Ewa', last: 'Pusta' }),
    id: SPECIAL_CUSTOMERS.empty,
    labels: [],
  };
  customers.push(empty);
  languageOf.set(empty.id, 'pl');

  const hostile: Customer = {
    ...makeCustomer(random, 6666, 'en'),
    id: SPECIAL_CUSTOMERS.hostile,
    name: HOSTILE_NAME,
    company: '"><svg onload=alert(1)>',
    email: 'javascript:alert(1)//@example.com',
    labels: ['<b>VIP</b>', '\u202Eevil'],
    attributes: { website: 'javascript:window.__pwned=1', plan: '{{constructor.constructor("alert(1)")()}}' },
  };
  customers.push(hostile);
  languageOf.set(hostile.id, 'en');
  addTickets(hostile, 'en', 5, 30);
  for (const ticket of tickets.filter((item) => item.customerId === hostile.id)) {
    ticket.subject = `<script>window.__pwned=1</script>${ticket.subject}`;
    ticket.tags = [{ name: '<img src=x onerror=alert(1)>', source: 'ai' }];
  }

  // Numbers grow with time, as a helpdesk gives them: the oldest case is t_1 / CX-100001.
  tickets.sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  tickets.forEach((ticket, index) => {
    ticket.id = `t_${index + 1}`;
    ticket.number = `CX-${100_001 + index}`;
    if (ticket.recordingUrl) ticket.recordingUrl = `/api/recordings/t_${index + 1}.wav`;
    ticket.subject = ticket.subject.replace('{n}', orderNumberOf(ticket.id));
    ticket.summary = ticket.summary?.replace('{n}', orderNumberOf(ticket.id)) ?? null;
    ticket.messageCount = transcriptPlan(ticket).count;
  });
  return { customers, tickets, languageOf };
}

function attachmentFor(
  random: Random,
  id: string,
  source: Attachment['source'],
  at: string,
  uploadedBy: AgentRef | null,
): Attachment {
  const kind = random.pick(['pdf', 'png', 'txt'] as const);
  const name = {
    pdf: `invoice-${random.int(1000, 9999)}.pdf`,
    png: `photo-${random.int(10, 99)}.png`,
    txt: 'order-log.txt',
  }[kind];
  const contentType = { pdf: 'application/pdf', png: 'image/png', txt: 'text/plain' }[kind];
  return {
    id,
    name,
    size: random.int(800, 2_400_000),
    contentType,
    url: `/api/files/${id}`,
    source,
    uploadedBy,
    uploadedAt: at,
  };
}

/**
 * Spends the draw that once picked a value the topic now decides, so that every later draw (the
 * next customers' names, the next cases) lands where it always did.
 */
function redrawn(random: Random): true {
  random.next();
  return true;
}

/**
 * A case's tags: the first is what its topic is about; the others are the labels any case may carry
 * (a label about another topic is dropped, so a login case is never tagged "damaged").
 */
function topicTags(topicTag: string, drawn: Ticket['tags']): Ticket['tags'] {
  if (!drawn.length) return [];
  const topical = new Set(TICKET_TOPICS.map((topic) => topic.tag));
  const rest = drawn.slice(1).filter((tag) => !topical.has(tag.name) && tag.name !== topicTag);
  return [{ ...drawn[0]!, name: topicTag }, ...rest];
}

/** The order a seeded case is about: numbered like the case, so subject, summary and transcript agree. */
const orderNumberOf = (ticketId: string) => String(10_000 + (Number(ticketId.replace(/\D/g, '')) || 0));

/** The shape of a case's transcript: fixed by its id and status, so its length is known up front. */
function transcriptPlan(ticket: Ticket) {
  const numeric = Number(ticket.id.replace(/\D/g, '')) || 1;
  const random = createRandom(numeric * 7919);
  const bot = ticket.channel !== 'email' && ticket.channel !== 'voice' && random.chance(0.3);
  const assigned = ticket.assignee !== null && linesSoFar(ticket.status) > 1 && random.chance(0.3);
  // One case in 97 drags on for weeks: a transcript long enough to page through.
  const followUps = numeric % 97 === 0 ? 110 : 0;
  const lines = linesSoFar(ticket.status);
  return { numeric, random, bot, assigned, lines, followUps, count: lines + followUps + +bot + +assigned };
}

/** The transcript of a ticket, generated on demand from its id so that it never changes. */
export function generateMessages(ticket: Ticket, language: MockLanguage, customerName: string): Message[] {
  const plan = transcriptPlan(ticket);
  const { numeric, random } = plan;
  const templates = SUBJECTS[language];
  const story = TICKET_TOPICS[topicOfSubject(ticket.subject, templates)]!.story[language];
  const orderNumber = orderNumberOf(ticket.id);
  const agent = ticket.assignee ?? AGENTS[1]!;
  const customer: Message['author'] = { type: 'customer', id: ticket.customerId, name: customerName };
  const said: [Message['author'], string][] = story.lines
    .slice(0, plan.lines)
    .map(([who, line]) => [
      who === 'c' ? customer : { type: 'agent', id: agent.id, name: agent.name },
      line.replace('{n}', orderNumber),
    ]);
  // The bot answers the customer's first message; the assignment comes before the agent's first.
  if (plan.bot) said.splice(1, 0, [{ type: 'bot', id: null, name: 'Assistant' }, BOT_GREETING[language]]);
  if (plan.assigned)
    said.splice(plan.bot ? 2 : 1, 0, [
      { type: 'system', id: null, name: 'System' },
      ASSIGNED_TO[language].replace('{name}', agent.name),
    ]);
  // A case that drags on: the customer asks again and again before the story goes on.
  const [asked, answered] = FOLLOW_UPS[language];
  const followUps = Array.from({ length: plan.followUps }, (_, i): [Message['author'], string] =>
    i % 2 === 0
      ? [customer, asked.replace('{d}', String(i / 2 + 1))]
      : [{ type: 'agent', id: agent.id, name: agent.name }, answered.replace('{d}', String((i + 1) / 2))],
  );
  said.splice(Math.min(said.length, 3), 0, ...followUps);
  const isEmail = ticket.channel === 'email';
  let at = Date.parse(ticket.createdAt);
  return said.map(([author, line], i) => {
    if (i > 0) at += (author.type === 'bot' || author.type === 'system' ? 1 : random.int(5, 180)) * 60_000;
    // Nothing is said after MOCK_NOW: a recent case's long transcript ends a minute a line before it.
    at = Math.min(at, MOCK_NOW - (said.length - i) * 60_000);
    const id = `m_${numeric}_${i + 1}`;
    const fromCustomer = author.type === 'customer';
    let body = line;
    let bodyFormat: Message['bodyFormat'] = 'text';
    if (isEmail && author.type !== 'system') {
      bodyFormat = 'html';
      body =
        numeric % 13 === 0 && fromCustomer && i === 0
          ? random.pick(HOSTILE_HTML)
          : `<p>${body}</p><p>— ${author.name}</p>`;
    }
    const createdAt = iso(at);
    const attachments =
      fromCustomer && random.chance(0.2)
        ? [attachmentFor(random, `att_${id}`, isEmail ? 'email' : 'conversation', createdAt, null)]
        : [];
    return {
      id,
      ticketId: ticket.id,
      author,
      direction: fromCustomer ? 'inbound' : 'outbound',
      body,
      bodyFormat,
      createdAt,
      attachments,
    };
  });
}

/** Internal notes of a ticket, generated on demand. */
export function generateNotes(ticket: Ticket, language: MockLanguage): Note[] {
  const numeric = Number(ticket.id.replace(/\D/g, '')) || 1;
  const random = createRandom(numeric * 104729);
  // The case's own notes field is its first internal note: the two never disagree.
  const count = Math.max(random.int(0, 2), ticket.notes ? 1 : 0);
  return Array.from({ length: count }, (_, i) => {
    const author = random.pick(AGENTS);
    const at = iso(Date.parse(ticket.createdAt) + (i + 1) * 3_600_000);
    const id = `n_${numeric}_${i + 1}`;
    return {
      id,
      ticketId: ticket.id,
      author,
      body: i === 0 ? (ticket.notes ?? topicNote(ticket, language)) : CALLBACK_NOTE[language],
      bodyFormat: 'text',
      createdAt: at,
      attachments: random.chance(0.3) ? [attachmentFor(random, `att_${id}`, 'note', at, author)] : [],
    };
  });
}

function topicNote(ticket: Ticket, language: MockLanguage): string {
  return TICKET_TOPICS[topicOfSubject(ticket.subject, SUBJECTS[language])]!.story[language].note;
}

/** Files an agent uploaded straight onto a ticket (the only ones that may be deleted). */
export function generateDirectAttachments(ticket: Ticket): Attachment[] {
  const numeric = Number(ticket.id.replace(/\D/g, '')) || 1;
  const random = createRandom(numeric * 15485863);
  return Array.from({ length: random.int(0, 2) }, (_, i) =>
    attachmentFor(
      random,
      `att_d_${numeric}_${i + 1}`,
      'direct',
      iso(Date.parse(ticket.createdAt) + (i + 2) * 3_600_000),
      random.pick(AGENTS),
    ),
  );
}
