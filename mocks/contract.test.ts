import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import * as s from '../src/api/schemas.js';
import * as cs from '../src/api/conversation-schemas.js';
import { seed, SPECIAL_CUSTOMERS } from './data/seed.js';
import { generateDirectAttachments, generateMessages, generateNotes } from './data/seed.js';
import { mockControl, useMockBackend } from '../src/test-support/mock-backend.js';

// Every answer of the mock backend must follow the contract: the same schemas the REST data source
// validates with, and from which openapi.json is generated.

function conforms(schema: v.GenericSchema, value: unknown, what: string): void {
  const result = v.safeParse(schema, value);
  const problems = result.success
    ? []
    : result.issues.slice(0, 3).map((issue) => `${v.getDotPath(issue)}: ${issue.message}`);
  expect(problems, what).to.deep.equal([]);
}

async function getJson(
  path: string,
  init?: RequestInit,
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`/api${path}`, init);
  const body = response.status === 204 ? null : await response.json();
  return { status: response.status, body, headers: response.headers };
}

describe('mock backend conforms to the contract', () => {
  useMockBackend();

  it('seeds a deterministic, multilingual data set that validates', () => {
    const data = seed();
    expect(JSON.stringify(seed().customers.slice(0, 5))).to.equal(JSON.stringify(data.customers.slice(0, 5)));
    expect(data.customers.length).to.be.at.least(200);
    for (const customer of data.customers) conforms(s.CustomerSchema, customer, customer.id);
    for (const ticket of data.tickets) conforms(s.TicketSchema, ticket, ticket.id);
    const counts = new Map<string, number>();
    for (const ticket of data.tickets)
      counts.set(ticket.customerId, (counts.get(ticket.customerId) ?? 0) + 1);
    expect(counts.get(SPECIAL_CUSTOMERS.huge)).to.equal(10_000);
    expect(counts.has(SPECIAL_CUSTOMERS.empty)).to.equal(false);
    const names = data.customers.map((customer) => customer.name).join(' ');
    expect(names).to.match(/[\u0E00-\u0E7F]/); // Thai
    expect(names).to.match(/[ąćęłńóśźż]/i); // Polish
    for (const field of ['channel', 'status', 'priority', 'direction'] as const) {
      expect(new Set(data.tickets.map((ticket) => ticket[field])).size, field).to.be.greaterThan(1);
    }
    expect(data.tickets.some((ticket) => ticket.tags.some((tag) => tag.source === 'ai'))).to.equal(true);
    expect(data.tickets.some((ticket) => ticket.recordingUrl)).to.equal(true);
    // Names, emails and handles agree; numbers grow with time; a call lasts minutes, not hours.
    const harriet = data.customers.find((customer) => customer.id === SPECIAL_CUSTOMERS.huge)!;
    expect(harriet.name).to.equal('Harriet Volume');
    expect(harriet.email).to.match(/^harriet\.\d+@/);
    const thai = data.customers.find((customer) => customer.name.startsWith('ปิยะ'))!;
    expect(thai.email).to.match(/^piya\.\d+@/);
    const times = data.tickets.map((ticket) => Date.parse(ticket.createdAt));
    expect(times).to.deep.equal([...times].sort((a, b) => a - b));
    expect(data.tickets[0]!.number).to.equal('CX-100001');
    const calls = data.tickets.filter((ticket) => ticket.channel === 'voice' && ticket.handleSeconds);
    expect(Math.max(...calls.map((ticket) => ticket.handleSeconds!))).to.be.at.most(900);
    // Timed from when the mocks started: the newest case is hours old, not weeks.
    expect(Date.now() - Math.max(...times)).to.be.lessThan(2 * 86_400_000);
  });

  it('generates transcripts, notes and files that validate, with every author, source and hostile HTML', () => {
    const data = seed();
    const sample = data.tickets.filter((_, index) => index % 37 === 0).slice(0, 400);
    const authors = new Set<string>();
    const sources = new Set<string>();
    let hostile = 0;
    for (const ticket of sample) {
      const language = data.languageOf.get(ticket.customerId)!;
      for (const message of generateMessages(ticket, language, 'Name')) {
        conforms(s.MessageSchema, message, message.id);
        authors.add(message.author.type);
        if (/onerror|<script|javascript:/.test(message.body)) hostile += 1;
        message.attachments.forEach((attachment) => sources.add(attachment.source));
      }
      for (const note of generateNotes(ticket, language)) {
        conforms(s.NoteSchema, note, note.id);
        note.attachments.forEach((attachment) => sources.add(attachment.source));
      }
      generateDirectAttachments(ticket).forEach((attachment) => sources.add(attachment.source));
    }
    expect([...authors].sort()).to.deep.equal(['agent', 'bot', 'customer', 'system']);
    expect([...sources].sort()).to.deep.equal(['conversation', 'direct', 'email', 'note']);
    expect(hostile).to.be.greaterThan(0);
  });

  it('tells each case as one story: subject, summary, reason, tag, note and transcript agree, in the customer’s language', () => {
    const data = seed();
    const damaged = data.tickets.find(
      (ticket) =>
        ticket.subject === 'Item arrived damaged' &&
        ticket.status === 'closed' &&
        ticket.summary &&
        ticket.reason &&
        ticket.tags.length,
    )!;
    expect(damaged.summary).to.contain(`#${Number(damaged.id.slice(2)) + 10_000}`);
    expect(damaged.reason!.label).to.equal('Product defect');
    expect(damaged.tags[0]!.name).to.equal('damaged');
    const transcript = generateMessages(damaged, 'en', 'Name').map((message) => message.body);
    expect(transcript.join(' ')).to.contain('cracked shade');
    expect(transcript.join(' ')).to.contain(`order #${Number(damaged.id.slice(2)) + 10_000}`);
    expect(transcript.join(' ')).not.to.match(/password|courier|invoice/);
    const noted = data.tickets.find((ticket) => ticket.subject === 'Item arrived damaged' && ticket.notes)!;
    expect(generateNotes(noted, 'en')[0]!.body).to.equal(noted.notes);
    expect(noted.notes).to.contain('Transit damage');
    // A new case has only the customer's first message; a Thai customer writes Thai.
    const fresh = data.tickets.find(
      (ticket) => ticket.status === 'new' && data.languageOf.get(ticket.customerId) === 'th',
    )!;
    const first = generateMessages(fresh, 'th', 'Name').filter((message) => message.author.type !== 'bot');
    expect(first.map((message) => message.author.type)).to.deep.equal(['customer']);
    expect(first[0]!.body).to.match(/[\u0E00-\u0E7F]/);
    // No transcript repeats a line, each is as long as the case says, and none is after "now".
    for (const ticket of data.tickets.filter((_, index) => index % 41 === 0).slice(0, 300)) {
      const messages = generateMessages(ticket, data.languageOf.get(ticket.customerId)!, 'Name');
      const bodies = messages.map((message) => message.body);
      expect(new Set(bodies).size, ticket.id).to.equal(bodies.length);
      expect(messages.length, ticket.id).to.equal(ticket.messageCount);
      expect(Date.parse(messages.at(-1)!.createdAt), ticket.id).to.be.at.most(Date.now());
    }
  });

  it('answers every read operation with contract-valid JSON', async () => {
    const reads: [string, v.GenericSchema][] = [
      ['/customers/c_1', s.CustomerSchema],
      ['/customers?q=a&limit=5', s.CustomerPageSchema],
      ['/tickets?customerId=c_1', s.TicketPageSchema],
      [
        '/tickets?customerId=c_10000&status=open&status=closed&channel=email&sort=oldest&limit=50',
        s.TicketPageSchema,
      ],
      ['/tickets/t_1', s.TicketSchema],
      ['/tickets/t_97/messages', s.MessagePageSchema],
      ['/tickets/t_1/notes', s.NotePageSchema],
      ['/tickets/t_1/attachments', s.AttachmentPageSchema],
      ['/agents', s.AgentPageSchema],
      ['/me', s.MeSchema],
      ['/lookups', s.LookupsSchema],
      ['/conversations?state=queued', cs.ConversationPageSchema],
    ];
    for (const [path, schema] of reads) {
      const { status, body } = await getJson(path);
      expect(status, path).to.equal(200);
      conforms(schema, body, path);
    }
  });

  it('answers writes and errors per the contract', async () => {
    const customer = await getJson('/customers/c_1');
    const etag = customer.headers.get('ETag')!;
    const patch = (body: object, ifMatch?: string) =>
      getJson('/customers/c_1', {
        method: 'PATCH',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', ...(ifMatch ? { 'If-Match': ifMatch } : {}) },
      });

    const saved = await patch({ company: 'New Co' }, etag);
    conforms(s.CustomerSchema, saved.body, 'PATCH customer');
    const stale = await patch({ company: 'Other' }, etag);
    expect(stale.status).to.equal(412);
    conforms(s.ProblemSchema, stale.body, '412');
    conforms(s.CustomerSchema, (stale.body as { current: unknown }).current, '412 current');
    expect((await patch({ company: 'x' })).status).to.equal(428);
    const invalid = await patch({ email: 'nope' }, saved.headers.get('ETag')!);
    expect(invalid.status).to.equal(422);
    expect((invalid.body as { errors: { field: string }[] }).errors[0]!.field).to.equal('email');

    const created = await getJson('/tickets', {
      method: 'POST',
      body: JSON.stringify({
        customerId: 'c_1',
        subject: 'Hi',
        description: '<p>x</p>',
        status: 'new',
        priority: 'low',
        attachmentIds: [],
        notes: [{ body: 'n', attachmentIds: [] }],
      }),
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'contract-1' },
    });
    expect(created.status).to.equal(201);
    conforms(s.TicketSchema, created.body, 'POST tickets');
    const id = (created.body as { id: string }).id;
    conforms(s.NotePageSchema, (await getJson(`/tickets/${id}/notes`)).body, 'notes of new ticket');
    const note = await getJson(`/tickets/${id}/notes`, {
      method: 'POST',
      body: JSON.stringify({ body: 'hello' }),
      headers: { 'Content-Type': 'application/json' },
    });
    conforms(s.NoteSchema, note.body, 'POST note');
    expect(
      (
        await getJson('/tickets', {
          method: 'POST',
          body: '{}',
          headers: { 'Content-Type': 'application/json' },
        })
      ).status,
    ).to.equal(400);

    const form = new FormData();
    form.append('file', new File(['%PDF-1.4'], 'a.pdf', { type: 'application/pdf' }));
    const uploaded = await getJson('/attachments', { method: 'POST', body: form });
    conforms(s.AttachmentSchema, uploaded.body, 'upload');
    const file = await fetch((uploaded.body as { url: string }).url);
    expect(file.headers.get('Content-Type')).to.equal('application/pdf');

    const assigned = await getJson('/conversations/conv_1/assign', {
      method: 'POST',
      body: JSON.stringify({ agentId: 'a_2' }),
      headers: { 'Content-Type': 'application/json' },
    });
    conforms(cs.ConversationSchema, assigned.body, 'assign');
    const missing = await getJson('/customers/nobody');
    expect(missing.status).to.equal(404);
    conforms(s.ProblemSchema, missing.body, '404');
  });

  it('serves generated files: a PDF, an image and a playable recording', async () => {
    const attachments = (await getJson('/tickets/t_1/attachments')).body as {
      items: { url: string; contentType: string }[];
    };
    for (const attachment of attachments.items) {
      const response = await fetch(attachment.url);
      expect(response.status).to.equal(200);
      expect(response.headers.get('Content-Type')).to.contain(attachment.contentType.split(';')[0]!);
    }
    // A call's recording lasts as long as the call.
    const calls = (await getJson('/tickets?customerId=c_10000&channel=voice&status=closed&limit=1')).body as {
      items: { recordingUrl: string; handleSeconds: number }[];
    };
    const call = calls.items[0]!;
    const audio = new Audio(call.recordingUrl);
    await new Promise((resolve, reject) => {
      audio.addEventListener('loadedmetadata', resolve, { once: true });
      audio.addEventListener('error', () => reject(new Error('recording does not decode')), { once: true });
    });
    expect(audio.duration).to.be.closeTo(call.handleSeconds, 1);
  });

  it('switches scenarios at run time: empty, malformed, offline, errors', async () => {
    mockControl.setScenario({ empty: true });
    expect(((await getJson('/tickets?customerId=c_1')).body as { items: unknown[] }).items).to.deep.equal([]);
    mockControl.setScenario({ empty: false, malformed: true });
    expect(v.safeParse(s.CustomerSchema, (await getJson('/customers/c_1')).body).success).to.equal(false);
    mockControl.setScenario({ malformed: false, errorRate: 1 });
    expect((await getJson('/me')).status).to.equal(503);
    mockControl.setScenario({ errorRate: 0, offline: true });
    const offline = await fetch('/api/me').then(
      () => 'answered',
      () => 'failed',
    );
    expect(offline).to.equal('failed');
  });

  it('refuses requests that break the contract, naming each field, and frees the key of a refused create', async () => {
    const fieldsOf = (body: unknown) =>
      (body as { errors: { field: string }[] }).errors.map((error) => error.field);
    for (const [path, field] of [
      ['/tickets?customerId=c_1&limit=abc', 'limit'],
      ['/tickets?customerId=c_1&limit=100000', 'limit'],
      ['/tickets?customerId=c_1&sort=sideways', 'sort'],
      ['/tickets?customerId=c_1&createdFrom=yesterday', 'createdFrom'],
      ['/customers?q=a&limit=0', 'limit'],
      ['/tickets/t_1/messages?limit=-1', 'limit'],
      ['/conversations?state=sideways', 'state'],
    ] as const) {
      const answer = await getJson(path);
      expect(answer.status, path).to.equal(400);
      conforms(s.ProblemSchema, answer.body, path);
      expect(fieldsOf(answer.body), path).to.deep.equal([field]);
    }

    const create = (body: object) =>
      getJson('/tickets', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'contract-refused' },
      });
    const valid = {
      customerId: 'c_1',
      subject: 'Refund',
      description: '<p>x</p>',
      status: 'new',
      priority: 'low',
      attachmentIds: [],
      notes: [],
    };
    const { attachmentIds: _, ...withoutFiles } = valid;
    const missing = await create(withoutFiles);
    expect(missing.status).to.equal(422);
    expect(fieldsOf(missing.body)).to.deep.equal(['attachmentIds']);
    const weird = await create({ ...valid, status: 'weird' });
    expect(weird.status).to.equal(422);
    expect(fieldsOf(weird.body)).to.deep.equal(['status']);
    // The same key, the body corrected: created (the refusals did not hold the key "in flight").
    const created = await create(valid);
    expect(created.status).to.equal(201);
    conforms(s.TicketSchema, created.body, 'created after refusals');

    const patched = await getJson('/tickets/t_1', {
      method: 'PATCH',
      body: JSON.stringify({ status: 'weird' }),
      headers: { 'Content-Type': 'application/json', 'If-Match': 'x' },
    });
    expect(patched.status).to.equal(422);
    expect(fieldsOf(patched.body)).to.deep.equal(['status']);
  });
});
