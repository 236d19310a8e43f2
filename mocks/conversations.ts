import type {
  AgentRef,
  Conversation,
  ConversationCounts,
  ConversationMessage,
  Customer,
  Page,
} from '../src/api/types.js';
import type { ServerConversationQuery } from './types.js';
import { CHANNEL_CATEGORIES, CONVERSATION_LABELS, STORIES } from './data/conversation-stories.js';
import { QUEUES, type MockLanguage } from './data/content.js';
import { createRandom } from './data/random.js';
import { fail, paginate, anyOf, type Outcome } from './outcomes.js';

// The customer inbox of the mock backend: conversations waiting in queues or handled by agents of
// different loads, each telling one story in its customer's language; taking one, letting it go
// and resolving it, with a 409 when someone else took it first. Times are relative to the moment
// the store was made (`now`), so "waiting 4 minutes" stays true as the sandbox runs.

const MINUTE = 60_000;
/** The supervisor's data set: a busy inbox. */
export const CONVERSATION_COUNT = 10_000;

const iso = (time: number) => new Date(time).toISOString();

interface Seeded {
  conversation: Conversation;
  language: MockLanguage;
  story: number;
}

export class ConversationStore {
  private readonly byId = new Map<string, Seeded>();
  /** Newest first by last message, as the inbox shows them by default. */
  private ordered: Conversation[] = [];
  private readonly messages = new Map<string, ConversationMessage[]>();
  private arrivals = 0;

  constructor(
    private readonly customers: readonly Customer[],
    private readonly languageOf: ReadonlyMap<string, MockLanguage>,
    private readonly agents: readonly AgentRef[],
    private readonly now: () => number,
    /** Tells the live stream what changed. */
    private readonly changed: (conversation: Conversation, action: 'created' | 'updated') => void = () => {},
    count = CONVERSATION_COUNT,
  ) {
    const random = createRandom(4242);
    const start = now();
    // Agents carry different loads: the first is busiest.
    const loads = agents.map((_, index) => agents.length - index);
    const weighted = agents.flatMap((agent, index) => Array.from({ length: loads[index]! }, () => agent));
    for (let index = 0; index < count; index += 1) {
      const customer = customers[(index * 7) % customers.length]!;
      const language = languageOf.get(customer.id) ?? 'en';
      const storyIndex = random.int(0, STORIES[language].length - 1);
      const story = STORIES[language][storyIndex]!;
      const category = random.pick(CHANNEL_CATEGORIES);
      // Recent conversations are mostly open; older ones mostly resolved or closed.
      const age = index < 400 ? random.int(1, 240) : random.int(60, 60 * 24 * 60);
      const lastMessageAt = start - age * MINUTE;
      const state =
        index < 400
          ? random.pick(['queued', 'queued', 'handled', 'handled', 'handled', 'resolved'] as const)
          : random.pick(['resolved', 'resolved', 'closed', 'handled'] as const);
      const handler = random.pick(weighted);
      const conversation: Conversation = {
        id: `conv_${index + 1}`,
        customer: { id: customer.id, name: customer.name },
        channel: category.channel,
        channelCategory: { id: category.id, label: category.label },
        state,
        type: random.chance(0.85) ? 'inbox' : 'outbox',
        label: random.chance(0.15) ? 'VIP' : story.label,
        assignee: state === 'handled' ? handler : null,
        lastHandledBy: state === 'queued' && random.chance(0.7) ? null : handler,
        queue: { id: QUEUES[index % QUEUES.length]!.id, name: QUEUES[index % QUEUES.length]!.name },
        createdAt: iso(lastMessageAt - story.lines.length * 3 * MINUTE),
        waitingSince: state === 'queued' ? iso(lastMessageAt) : null,
        lastMessageAt: iso(lastMessageAt),
        resolvedAt: state === 'resolved' || state === 'closed' ? iso(lastMessageAt + 5 * MINUTE) : null,
        preview: story.lines.at(-1)![1],
        unreadCount: state === 'queued' ? random.int(1, 3) : 0,
        messageCount: story.lines.length,
        ticketId: null,
      };
      this.byId.set(conversation.id, { conversation, language, story: storyIndex });
      this.ordered.push(conversation);
    }
    this.sort();
  }

  private sort(): void {
    this.ordered.sort((a, b) => Date.parse(b.lastMessageAt) - Date.parse(a.lastMessageAt));
  }

  private matches(conversation: Conversation, query: ServerConversationQuery): boolean {
    if (!anyOf(query.channel, conversation.channel)) return false;
    if (!anyOf(query.channelCategoryId, conversation.channelCategory?.id)) return false;
    if (!anyOf(query.label, conversation.label)) return false;
    if (!anyOf(query.assigneeId, conversation.assignee?.id ?? 'unassigned')) return false;
    if (!anyOf(query.lastHandledById, conversation.lastHandledBy?.id)) return false;
    if (query.type && conversation.type !== query.type) return false;
    const at = Date.parse(conversation.lastMessageAt);
    if (query.from && at < Date.parse(query.from)) return false;
    if (query.to && at > Date.parse(query.to)) return false;
    const needle = query.q?.trim().toLocaleLowerCase();
    return (
      !needle ||
      [conversation.customer.name, conversation.preview].some((value) =>
        value?.toLocaleLowerCase().includes(needle),
      )
    );
  }

  list(query: ServerConversationQuery): Outcome<Page<Conversation>> {
    const state = query.state ?? 'all';
    const found = this.ordered.filter(
      (conversation) =>
        (state === 'all' || conversation.state === state) && this.matches(conversation, query),
    );
    if (query.sort === 'oldest') found.reverse();
    if (query.sort === 'waiting')
      found.sort(
        (a, b) =>
          Date.parse(a.waitingSince ?? a.lastMessageAt) - Date.parse(b.waitingSince ?? b.lastMessageAt),
      );
    return paginate(found, query.cursor, query.limit ?? 25);
  }

  counts(query: ServerConversationQuery): Outcome<ConversationCounts> {
    const counts: ConversationCounts = { all: 0, queued: 0, handled: 0, resolved: 0, closed: 0 };
    for (const conversation of this.ordered) {
      if (!this.matches(conversation, query)) continue;
      counts.all += 1;
      if (conversation.state in counts) counts[conversation.state as keyof ConversationCounts] += 1;
    }
    return { ok: true, value: counts };
  }

  get(id: string): Outcome<Conversation> {
    const seeded = this.byId.get(id);
    return seeded ? { ok: true, value: seeded.conversation } : fail(404, 'Conversation not found');
  }

  /** The story, told up to the last message, by the customer and the agents who handled it. */
  listMessages(
    id: string,
    cursor: string | null | undefined,
    limit: number,
  ): Outcome<Page<ConversationMessage>> {
    const seeded = this.byId.get(id);
    if (!seeded) return fail(404, 'Conversation not found');
    let messages = this.messages.get(id);
    if (!messages) {
      const { conversation, language, story } = seeded;
      const lines = STORIES[language][story]!.lines;
      const end = Date.parse(conversation.lastMessageAt);
      const agent = conversation.lastHandledBy ?? this.agents[0]!;
      messages = lines.map(([who, body], index) => ({
        id: `${id}_m${index + 1}`,
        conversationId: id,
        author:
          who === 'c'
            ? { type: 'customer', id: conversation.customer.id, name: conversation.customer.name }
            : { type: 'agent', id: agent.id, name: agent.name },
        direction: who === 'c' ? 'inbound' : 'outbound',
        body,
        bodyFormat: 'text',
        createdAt: iso(end - (lines.length - 1 - index) * 3 * MINUTE),
        attachments: [],
        delivery: who === 'a' ? 'read' : null,
      }));
      this.messages.set(id, messages);
    }
    return paginate(messages, cursor, limit);
  }

  /**
   * Gives the conversation to `agentId`. `expected` is who the agent saw handling it (null: no
   * one); someone else having it now is a 409 carrying the conversation as it is.
   */
  assign(id: string, agentId: string, expected: string | null | undefined): Outcome<Conversation> {
    const seeded = this.byId.get(id);
    if (!seeded) return fail(404, 'Conversation not found');
    const agent = this.agents.find((item) => item.id === agentId);
    if (!agent)
      return fail(422, 'Some fields are not valid', undefined, {
        errors: [{ field: 'agentId', message: 'Unknown agent.' }],
      });
    const taken = this.taken(seeded.conversation, expected);
    if (taken) return taken;
    return this.change(seeded, {
      state: 'handled',
      assignee: agent,
      lastHandledBy: agent,
      waitingSince: null,
      unreadCount: 0,
      resolvedAt: null,
    });
  }

  /** Back to the queue, waiting from now. */
  unassign(id: string, expected: string | null | undefined): Outcome<Conversation> {
    const seeded = this.byId.get(id);
    if (!seeded) return fail(404, 'Conversation not found');
    const taken = this.taken(seeded.conversation, expected);
    if (taken) return taken;
    return this.change(seeded, { state: 'queued', assignee: null, waitingSince: iso(this.now()) });
  }

  resolve(id: string, expected: string | null | undefined): Outcome<Conversation> {
    const seeded = this.byId.get(id);
    if (!seeded) return fail(404, 'Conversation not found');
    const taken = this.taken(seeded.conversation, expected);
    if (taken) return taken;
    return this.change(seeded, {
      state: 'resolved',
      assignee: null,
      waitingSince: null,
      resolvedAt: iso(this.now()),
    });
  }

  /** A new conversation arrives in the queue (the live stream announces it). */
  arrive(): Conversation {
    this.arrivals += 1;
    const random = createRandom(9000 + this.arrivals);
    const customer = this.customers[(this.arrivals * 13) % this.customers.length]!;
    const language = this.languageOf.get(customer.id) ?? 'en';
    const storyIndex = random.int(0, STORIES[language].length - 1);
    const story = STORIES[language][storyIndex]!;
    const category = random.pick(CHANNEL_CATEGORIES);
    const at = iso(this.now());
    const conversation: Conversation = {
      id: `conv_new_${this.arrivals}`,
      customer: { id: customer.id, name: customer.name },
      channel: category.channel,
      channelCategory: { id: category.id, label: category.label },
      state: 'queued',
      type: 'inbox',
      label: story.label,
      assignee: null,
      lastHandledBy: null,
      queue: { id: QUEUES[0]!.id, name: QUEUES[0]!.name },
      createdAt: at,
      waitingSince: at,
      lastMessageAt: at,
      resolvedAt: null,
      preview: story.lines[0]![1],
      unreadCount: 1,
      messageCount: 1,
      ticketId: null,
    };
    this.byId.set(conversation.id, { conversation, language, story: storyIndex });
    this.ordered.unshift(conversation);
    this.changed(conversation, 'created');
    return conversation;
  }

  private taken(conversation: Conversation, expected: string | null | undefined): Outcome<never> | undefined {
    if (expected === undefined || (conversation.assignee?.id ?? null) === expected) return undefined;
    return fail(
      409,
      conversation.assignee
        ? `${conversation.assignee.name} has this conversation now`
        : 'This conversation changed',
      'Someone else took it or let it go first; `current` is the conversation as it is now.',
      { current: conversation },
    );
  }

  private change(seeded: Seeded, patch: Partial<Conversation>): Outcome<Conversation> {
    seeded.conversation = { ...seeded.conversation, ...patch };
    const index = this.ordered.findIndex((item) => item.id === seeded.conversation.id);
    if (index >= 0) this.ordered[index] = seeded.conversation;
    this.changed(seeded.conversation, 'updated');
    return { ok: true, value: seeded.conversation };
  }
}

/** The channel accounts and labels of the inbox, for `GET /lookups`. */
export const conversationLookups = {
  conversationLabels: CONVERSATION_LABELS,
  channelCategories: CHANNEL_CATEGORIES.map((category) => ({ ...category })),
};
