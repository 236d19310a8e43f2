import { expect } from '@open-wc/testing';
import type { InfiniteData } from '@tanstack/query-core';
import * as v from 'valibot';
import { db, requestsTo, useMockBackend } from '../test-support/mock-backend.js';
import { rejection } from '../test-support/rejection.js';
import { CxClient, cxKeys } from './client.js';
import * as cs from './conversation-schemas.js';
import type { CxDataSource } from './data-source.js';
import { createRestDataSource } from './rest-data-source.js';
import type { Conversation, Page } from './types.js';

// The customer inbox's part of the contract (issue 24): lists per state with counts that agree,
// messages, and taking a conversation with a 409 when someone else took it first, through the
// REST data source and the cache, against the mock backend (MSW).

const rest = () => createRestDataSource({ baseUrl: '/api', retry: { baseDelayMs: 5 } });
const newClient = () => new CxClient(rest());

/** A queued conversation of the seeded inbox. */
async function queued(source = rest()): Promise<Conversation> {
  const page = await source.listConversations({ state: 'queued', limit: 1 });
  return page.items[0]!;
}

describe('conversations (the inbox) in the contract', () => {
  useMockBackend();

  it('serves a busy inbox of 10,000 conversations whose counts agree with the lists, filters included', async () => {
    const source = rest();
    const counts = await source.countConversations!({});
    expect(counts.all).to.equal(10_000);
    expect(counts.queued + counts.handled + counts.resolved + counts.closed).to.equal(counts.all);
    for (const state of ['queued', 'handled', 'resolved', 'closed'] as const) {
      expect(counts[state], state).to.be.greaterThan(0);
      const page = await source.listConversations({ state, limit: 200 });
      expect(page.items.every((item) => item.state === state)).to.equal(true);
      expect(page.items.length).to.equal(Math.min(200, counts[state]));
    }
    const whatsapp = await source.countConversations!({ channel: ['whatsapp'] });
    expect(whatsapp.all).to.be.greaterThan(0).and.lessThan(counts.all);
    expect(requestsTo('GET /api/conversations/counts?channel=whatsapp')).to.have.length(1);
  });

  it('pages through a tab to its end with every item valid, and sorts the longest waiting first', async () => {
    const source = rest();
    const { queued: total } = await source.countConversations!({});
    const seen = new Set<string>();
    let cursor: string | undefined;
    do {
      const page = await source.listConversations({ state: 'queued', limit: 200, cursor });
      for (const item of page.items) {
        expect(v.safeParse(cs.ConversationSchema, item).success).to.equal(true);
        seen.add(item.id);
      }
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.size).to.equal(total);
    const waiting = await source.listConversations({ state: 'queued', sort: 'waiting', limit: 20 });
    const since = waiting.items.map((item) => Date.parse(item.waitingSince!));
    expect(since).to.deep.equal([...since].sort((a, b) => a - b));
    // Waiting times are relative to now, not to a date fixed when the data was written.
    expect(Date.now() - since.at(-1)!).to.be.lessThan(5 * 3_600_000);
  });

  it('tells each conversation as one story in its customer’s language, the preview its last line', async () => {
    const source = rest();
    const { items } = await source.listConversations({ state: 'all', limit: 40 });
    const thai = items.find((item) => /[\u0E00-\u0E7F]/.test(item.preview ?? ''));
    expect(thai, 'a Thai customer in the first 40').to.not.equal(undefined);
    for (const conversation of [items[0]!, thai!]) {
      const messages = await source.listConversationMessages!(conversation.id);
      expect(messages.items.length).to.equal(conversation.messageCount);
      expect(messages.items.at(-1)!.body).to.equal(conversation.preview);
      expect(messages.items.at(-1)!.createdAt).to.equal(conversation.lastMessageAt);
      const customerLines = messages.items.filter((message) => message.author.type === 'customer');
      expect(customerLines.every((message) => message.direction === 'inbound')).to.equal(true);
      expect(customerLines.every((message) => message.author.name === conversation.customer.name)).to.equal(
        true,
      );
    }
  });

  it('assigns to me, and answers 409 with the conversation as it is when someone else took it first', async () => {
    const source = rest();
    const waiting = await queued(source);
    const mine = await source.assignConversation(waiting.id, 'a_1', { expectedAssigneeId: null });
    expect(mine).to.deep.include({ state: 'handled', waitingSince: null });
    expect(mine.assignee?.id).to.equal('a_1');
    // A second agent, who still sees it in the queue, is too late.
    const late = await rejection(source.assignConversation(waiting.id, 'a_2', { expectedAssigneeId: null }));
    expect(late).to.include({ kind: 'conflict', status: 409 });
    expect((late.current as { data: Conversation }).data.assignee?.id).to.equal('a_1');
    // Let go: back in the queue, waiting from now; then resolved.
    const released = await source.unassignConversation!(waiting.id, { expectedAssigneeId: 'a_1' });
    expect(released).to.deep.include({ state: 'queued', assignee: null });
    expect(Date.now() - Date.parse(released.waitingSince!)).to.be.lessThan(60_000);
    const resolved = await source.resolveConversation!(waiting.id);
    expect(resolved.state).to.equal('resolved');
    expect(resolved.resolvedAt).to.be.a('string');
  });

  it('refuses malformed requests with 400/422, and an unknown agent on its field', async () => {
    const bad = async (path: string, init?: RequestInit) => (await fetch(`/api${path}`, init)).status;
    const post = (body: unknown) => ({
      method: 'POST',
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
    expect(await bad('/conversations?state=sideways')).to.equal(400);
    expect(await bad('/conversations?sort=loudest')).to.equal(400);
    expect(await bad('/conversations/counts?type=telepathy')).to.equal(400);
    expect(await bad('/conversations/conv_1/assign', post({}))).to.be.oneOf([400, 422]);
    const unknown = await rejection(rest().assignConversation('conv_1', 'a_nobody'));
    expect(unknown.kind).to.equal('validation');
    expect(unknown.fieldErrors[0]!.field).to.equal('agentId');
    expect((await rejection(rest().getConversation!('conv_nope'))).kind).to.equal('not-found');
  });

  it('keeps every cached view of a conversation current, also after a 409', async () => {
    const client = newClient();
    const { queryClient } = client;
    const list = await queryClient.fetchInfiniteQuery(client.conversations({ state: 'queued' }));
    const first = list.pages[0]!.items[0]!;
    await queryClient.fetchQuery(client.conversationCounts({}));
    // Someone else takes it on the server, behind this page's back.
    db.conversations.assign(first.id, 'a_4', null);
    const error = await rejection(client.assignConversation(first.id, 'a_1', { expectedAssigneeId: null }));
    expect(error.kind).to.equal('conflict');
    const cached = queryClient.getQueryData<InfiniteData<Page<Conversation>>>(
      cxKeys.conversations({ state: 'queued' }),
    );
    // The list shows who has it now at once, and is marked for a refetch (it is no longer queued).
    expect(cached?.pages[0]!.items.find((item) => item.id === first.id)?.assignee?.id).to.equal('a_4');
    expect(queryClient.getQueryState(cxKeys.conversations({ state: 'queued' }))?.isInvalidated).to.equal(
      true,
    );
    expect(queryClient.getQueryData<Conversation>(cxKeys.conversation(first.id))?.assignee?.id).to.equal(
      'a_4',
    );
    expect(queryClient.getQueryState(cxKeys.conversationCounts({}))?.isInvalidated).to.equal(true);
  });

  it('says "unsupported" for an operation a custom data source leaves out, and works without it', async () => {
    const { countConversations: _counts, ...withoutCounts } = rest();
    const client = new CxClient(withoutCounts as CxDataSource);
    const error = await rejection(client.queryClient.fetchQuery(client.conversationCounts({})));
    expect(error.kind).to.equal('unsupported');
    expect(error.message).to.contain('countConversations');
    const page = await client.queryClient.fetchInfiniteQuery(client.conversations({ state: 'all' }));
    expect(page.pages[0]!.items.length).to.be.greaterThan(0);
  });
});
