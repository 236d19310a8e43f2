import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import { db, useMockBackend } from '../test-support/mock-backend.js';
import { rejection } from '../test-support/rejection.js';
import * as cases from './case-schemas.js';
import { CxClient } from './client.js';
import type { CxDataSource } from './data-source.js';
import { createRestDataSource } from './rest-data-source.js';
import type { CustomerAttachment, CustomerAttachmentQuery, TicketEvent } from './types.js';

// The case workspace's part of the contract (issue 24): timelines, associations that hold both
// ways, queue items, and a customer's files with totals and bulk delete's partial success.

const rest = () => createRestDataSource({ baseUrl: '/api', retry: { baseDelayMs: 5 } });
const valid = (schema: v.GenericSchema, value: unknown) => v.safeParse(schema, value).success;

/** Every page of a paged read, with the sizes of the pages. */
async function all<T>(read: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string | null }>) {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

describe('the case workspace in the contract', () => {
  useMockBackend();

  it('tells a case’s timeline from its own data: created first, every message and note, newest first by default', async () => {
    const source = rest();
    const ticket = (await source.getTicket('t_97')).data;
    const events = await all<TicketEvent>((cursor) =>
      source.listTicketEvents!('t_97', { cursor, limit: 50 }),
    );
    expect(events.every((event) => valid(cases.TicketEventSchema, event))).to.equal(true);
    const times = events.map((event) => Date.parse(event.at));
    expect(times).to.deep.equal([...times].sort((a, b) => b - a));
    expect(events.at(-1)!.type).to.equal('created');
    expect(events.at(-1)!.summary).to.equal(ticket.subject);
    const messages = await all((cursor) => source.listMessages('t_97', { cursor }));
    const spoken = events.filter((event) => ['message', 'email', 'call'].includes(event.type));
    expect(spoken.length).to.equal(messages.length);
    const oldest = await source.listTicketEvents!('t_97', { sort: 'oldest', type: ['status', 'created'] });
    expect(oldest.items[0]!.type).to.equal('created');
    expect(new Set(oldest.items.map((event) => event.type))).to.deep.equal(new Set(['created', 'status']));
  });

  it('pages a 5,000-event timeline to its end', async () => {
    const source = rest();
    const id = db.cases.longTimelineTicketId;
    const events = await all((cursor) => source.listTicketEvents!(id, { cursor, limit: 200 }));
    expect(events).to.have.length(5_000);
    expect(new Set(events.map((event) => event.id)).size).to.equal(5_000);
  });

  it('keeps associations both ways: a parent lists its child, the merged case names where it went', async () => {
    const source = rest();
    const { items } = await source.listTickets({ customerId: 'c_10000', limit: 12 });
    const heads = await Promise.all(items.map((ticket) => source.getTicketAssociations!(ticket.id)));
    const withChild = heads.findIndex((links) => links.children.length);
    expect(withChild, 'a case with a child').to.be.at.least(0);
    const head = items[withChild]!;
    const links = heads[withChild]!;
    expect((await source.getTicketAssociations!(links.children[0]!.id)).parent?.id).to.equal(head.id);
    if (links.related[0])
      expect(
        (await source.getTicketAssociations!(links.related[0].id)).related.map((item) => item.id),
      ).to.include(head.id);
    if (links.merged[0])
      expect((await source.getTicketAssociations!(links.merged[0].id)).mergedInto?.id).to.equal(head.id);
    for (const value of heads) expect(valid(cases.TicketAssociationsSchema, value)).to.equal(true);
  });

  it('puts an open case in its queue and a closed one in none', async () => {
    const source = rest();
    const { items } = await source.listTickets({ customerId: 'c_10000', limit: 200 });
    const open = items.find((ticket) => ticket.status === 'open')!;
    const closed = items.find((ticket) => ticket.status === 'closed')!;
    const item = await source.getTicketQueueItem!(open.id);
    expect(item?.queue.id).to.equal(open.queue?.id);
    expect(item?.enteredAt).to.equal(open.createdAt);
    expect(await source.getTicketQueueItem!(closed.id)).to.equal(null);
  });

  it('lists a customer’s 1,000+ files with a total on every page, sorted and filtered by the server', async () => {
    const source = rest();
    const first = await source.listCustomerAttachments!('c_10000', {
      sort: 'size',
      order: 'desc',
      limit: 100,
    });
    expect(first.total).to.be.at.least(1_000);
    expect(first.items.every((file) => valid(cases.CustomerAttachmentSchema, file))).to.equal(true);
    const sizes = first.items.map((file) => file.size);
    expect(sizes).to.deep.equal([...sizes].sort((a, b) => b - a));
    const second = await source.listCustomerAttachments!('c_10000', {
      sort: 'size',
      order: 'desc',
      limit: 100,
      cursor: first.nextCursor!,
    });
    expect(second.total).to.equal(first.total);
    expect(second.items[0]!.size).to.be.at.most(sizes.at(-1)!);
    const direct = await source.listCustomerAttachments!('c_10000', { source: ['direct'], limit: 200 });
    expect(direct.items.every((file) => file.source === 'direct')).to.equal(true);
    expect(direct.total).to.be.lessThan(first.total!);
    const named = first.items[0]!.name.slice(0, 5);
    const search = await source.listCustomerAttachments!('c_10000', { q: named, limit: 200 });
    expect(search.items.every((file) => file.name.toLowerCase().includes(named.toLowerCase()))).to.equal(
      true,
    );
  });

  it('deletes many files at once, reporting each: direct uploads go, the others are refused', async () => {
    const client = new CxClient(rest());
    const list = async (source: NonNullable<CustomerAttachmentQuery['source']>, limit: number) =>
      (await rest().listCustomerAttachments!('c_10000', { source, limit })).items as CustomerAttachment[];
    const direct = await list(['direct'], 2);
    const [other] = await list(['email', 'note', 'conversation'], 1);
    expect(direct).to.have.length(2);
    const { results } = await client.deleteAttachments([direct[0]!.id, other!.id, direct[1]!.id]);
    expect(results.map(({ id, ok, status }) => ({ id, ok, status }))).to.deep.equal([
      { id: direct[0]!.id, ok: true, status: 204 },
      { id: other!.id, ok: false, status: 409 },
      { id: direct[1]!.id, ok: true, status: 204 },
    ]);
    const remaining = (await list(['direct'], 200)).map((file) => file.id);
    expect(remaining).to.not.include(direct[0]!.id).and.not.include(direct[1]!.id);
    expect((await list([other!.source as 'email'], 200)).map((file) => file.id)).to.include(other!.id);
    expect((await rejection(rest().deleteAttachments!([]))).status).to.be.oneOf([400, 422]);
  });

  it('says "unsupported" when a data source has no timeline', async () => {
    const { listTicketEvents: _events, ...rest_ } = rest();
    const client = new CxClient(rest_ as CxDataSource);
    const error = await rejection(client.queryClient.fetchInfiniteQuery(client.ticketEvents('t_1')));
    expect(error.kind).to.equal('unsupported');
  });
});
