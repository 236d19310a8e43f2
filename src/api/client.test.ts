import { expect } from '@open-wc/testing';
import type { InfiniteData } from '@tanstack/query-core';
import { db, requestsTo, useMockBackend } from '../test-support/mock-backend.js';
import { CxClient, createClient, cxKeys } from './client.js';
import { createRestDataSource } from './rest-data-source.js';
import type { Page, Ticket, Versioned } from './types.js';

const newClient = () => new CxClient(createRestDataSource({ baseUrl: '/api', retry: { baseDelayMs: 5 } }));

describe('CxClient', () => {
  useMockBackend();

  it('reads every resource through the cache, once per key', async () => {
    const client = newClient();
    const { queryClient } = client;
    const [search, ticket, attachments, agents, me, lookups] = await Promise.all([
      queryClient.fetchQuery(client.customerSearch('a', 3)),
      queryClient.fetchQuery(client.ticket('t_1')),
      queryClient.fetchQuery(client.attachments('t_1')),
      queryClient.fetchQuery(client.agents()),
      queryClient.fetchQuery(client.me()),
      queryClient.fetchQuery(client.lookups()),
    ]);
    expect(search.items).to.have.length(3);
    expect(ticket.data.id).to.equal('t_1');
    expect(ticket.version).to.equal('"t_1-v1"');
    expect(attachments.items.every((item) => item.url)).to.equal(true);
    expect(agents.items.length).to.be.greaterThan(0);
    expect(me.id).to.equal('a_1');
    expect(lookups.reasons.length).to.be.greaterThan(0);

    const messages = await queryClient.fetchInfiniteQuery(client.messages('t_97'));
    expect(messages.pages[0]!.items.length).to.equal(20);
    expect(messages.pages[0]!.nextCursor).to.be.a('string');
    const notes = await queryClient.fetchInfiniteQuery(client.notes('t_1'));
    expect(notes.pages[0]!.items).to.be.an('array');
    const conversations = await queryClient.fetchInfiniteQuery(client.conversations({ state: 'queued' }));
    expect(conversations.pages[0]!.items.every((item) => item.state === 'queued')).to.equal(true);

    await queryClient.fetchQuery(client.lookups());
    expect(requestsTo('GET /api/lookups')).to.have.length(1);
    client.dispose();
  });

  it('updates a ticket everywhere it is cached: its own query and every list page', async () => {
    const client = newClient();
    await client.queryClient.fetchQuery(client.ticket('t_1'));
    const customerId = client.queryClient.getQueryData<Versioned<Ticket>>(cxKeys.ticket('t_1'))!.data
      .customerId;
    const listOptions = client.tickets({ customerId });
    await client.queryClient.fetchInfiniteQuery(listOptions);
    const updated = await client.updateTicket('t_1', { subject: 'Renamed ticket' });
    expect(updated.version).to.equal('"t_1-v2"');
    const list = client.queryClient.getQueryData<InfiniteData<Page<Ticket>>>(listOptions.queryKey)!;
    const inList = list.pages.flatMap((page) => page.items).find((item) => item.id === 't_1');
    if (inList) expect(inList.subject).to.equal('Renamed ticket');
    expect(client.queryClient.getQueryData<Versioned<Ticket>>(cxKeys.ticket('t_1'))!.data.subject).to.equal(
      'Renamed ticket',
    );
  });

  it('invalidates notes and attachments after a note, and attachments after a delete', async () => {
    const client = newClient();
    await client.queryClient.fetchInfiniteQuery(client.notes('t_2'));
    const uploaded = await client.uploadAttachment(new File(['hello'], 'hello.txt', { type: 'text/plain' }));
    await client.addNote('t_2', { body: 'Called the customer', attachmentIds: [uploaded.id] });
    const notes = await client.queryClient.fetchInfiniteQuery(client.notes('t_2'));
    expect(notes.pages[0]!.items.at(-1)!.body).to.equal('Called the customer');
    expect(requestsTo('GET /api/tickets/t_2/notes')).to.have.length(2);

    const extra = await client.uploadAttachment(new File(['x'], 'x.txt'));
    await client.deleteAttachment(extra.id, 't_2');
    await client.deleteAttachment((await client.uploadAttachment(new File(['y'], 'y.txt'))).id);
  });

  it('assigns a conversation and refreshes conversation lists', async () => {
    const client = newClient();
    const conversation = await client.assignConversation('conv_2', 'a_3');
    expect(conversation.assignee?.id).to.equal('a_3');
  });

  it('puts a given version of a customer into the cache', async () => {
    const client = newClient();
    const current = await client.queryClient.fetchQuery(client.customer('c_1'));
    client.setCustomer({ data: { ...current.data, name: 'Server Name' }, version: '"c_1-v9"' });
    expect(
      client.queryClient.getQueryData<Versioned<{ name: string }>>(cxKeys.customer('c_1')),
    ).to.deep.include({ version: '"c_1-v9"' });
  });

  it('is made from a data source or REST options, and from neither is nothing', () => {
    expect(createClient({})).to.equal(undefined);
    expect(createClient({ baseUrl: '/api' })).to.be.instanceOf(CxClient);
    expect(createClient({ dataSource: createRestDataSource({ baseUrl: '/x' }) })!.dataSource).to.be.an(
      'object',
    );
    expect(db.ticketCount()).to.be.greaterThan(10_000);
  });
});
