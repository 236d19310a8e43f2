import type { ReactiveControllerHost } from 'lit';
import type { CxClient } from '../../api/client.js';
import { isCxApiError } from '../../api/errors.js';
import type { AgentRef, Conversation, Me } from '../../api/types.js';
import { HostState } from '../../core/host-state.js';
import type { Politeness } from '../../core/interactions/announcer.js';
import { describeError, type ErrorWording } from '../../core/states.js';
import type { QueueMessages } from './strings.js';

/** What taking, releasing and resolving conversations needs from the queue. */
export interface QueueActionsHost extends ReactiveControllerHost, HTMLElement {
  readonly client: CxClient | undefined;
  /** Said through the page's announcer, named by the queue. */
  say(text: string, politeness?: Politeness): void;
  /** The server confirmed an assignment. */
  assigned(conversation: Conversation): void;
}

/** A line shown in a row after an action on it: what went wrong, or what is not known. */
export interface RowNote {
  text: string;
  tone: 'error' | 'warning';
}

type Change = 'assign' | 'unassign' | 'resolve';

/**
 * Assign, unassign and resolve, one conversation or many. Each change shows at once (optimistic)
 * and is rolled back, with the reason in the row, when the server refuses it. A `409` means someone
 * else took the conversation first: the row shows who (the client has put the conversation as it is
 * now into the cache). When the answer never came, the row says the outcome is unknown and the
 * conversation is fetched again, never "not assigned".
 */
export class QueueActions {
  private readonly optimistic = new HostState<ReadonlyMap<string, Conversation>>(this.host, new Map());
  private readonly notes = new HostState<ReadonlyMap<string, RowNote>>(this.host, new Map());

  constructor(
    private readonly host: QueueActionsHost,
    private readonly text: { readonly strings: QueueMessages },
    private readonly wording: ErrorWording,
  ) {}

  /** The conversation as the agent should see it: with their change while it is on its way. */
  view(conversation: Conversation): Conversation {
    return this.optimistic.value.get(conversation.id) ?? conversation;
  }

  busy(id: string): boolean {
    return this.optimistic.value.has(id);
  }

  noteOf(id: string): RowNote | undefined {
    return this.notes.value.get(id);
  }

  /** Assigns each conversation to `agent`; returns how many the server took. */
  assign(conversations: Conversation[], agent: AgentRef): Promise<number> {
    const text = this.text.strings;
    return this.each(conversations, text.assignedTo(agent.name), text.bulkResult, (conversation) =>
      this.change(
        conversation,
        'assign',
        { state: 'handled', assignee: agent, waitingSince: null },
        (client) =>
          client.assignConversation(conversation.id, agent.id, {
            expectedAssigneeId: conversation.assignee?.id ?? null,
          }),
      ),
    );
  }

  /** Puts each conversation back in the queue; returns how many the server took. */
  unassign(conversations: Conversation[]): Promise<number> {
    const text = this.text.strings;
    return this.each(conversations, text.backInQueue, text.bulkUnassigned, (conversation) =>
      this.change(conversation, 'unassign', { state: 'queued', assignee: null }, (client) =>
        client.unassignConversation(conversation.id, {
          expectedAssigneeId: conversation.assignee?.id ?? null,
        }),
      ),
    );
  }

  /** Resolves each conversation; returns how many the server took. */
  resolve(conversations: Conversation[]): Promise<number> {
    const text = this.text.strings;
    return this.each(conversations, text.resolvedDone, text.bulkResolved, (conversation) =>
      this.change(conversation, 'resolve', { state: 'resolved', assignee: null }, (client) =>
        client.resolveConversation(conversation.id, {
          expectedAssigneeId: conversation.assignee?.id ?? null,
        }),
      ),
    );
  }

  /**
   * Changes each conversation at once (each row shows its own outcome); says the result: what was
   * done for one, "3 done, 1 failed" for many (a failed row has said why already).
   */
  private async each(
    conversations: Conversation[],
    doneForOne: string,
    doneForMany: (done: number, failed: number) => string,
    change: (conversation: Conversation) => Promise<boolean>,
  ): Promise<number> {
    const results = await Promise.all(conversations.map(change));
    const done = results.filter(Boolean).length;
    if (conversations.length > 1) this.host.say(doneForMany(done, conversations.length - done));
    else if (done) this.host.say(doneForOne);
    return done;
  }

  private async change(
    conversation: Conversation,
    kind: Change,
    shown: Partial<Conversation>,
    call: (client: CxClient) => Promise<Conversation>,
  ): Promise<boolean> {
    const client = this.host.client;
    if (!client || this.busy(conversation.id)) return false;
    this.setNote(conversation.id, undefined);
    this.setOptimistic(conversation.id, { ...conversation, ...shown });
    try {
      const saved = await call(client);
      if (kind === 'assign') this.host.assigned(saved);
      return true;
    } catch (error) {
      // The client has fetched the conversation again (and put a 409's current state in place).
      this.setNote(conversation.id, this.noteFor(error));
      return false;
    } finally {
      this.setOptimistic(conversation.id, undefined);
    }
  }

  private noteFor(error: unknown): RowNote {
    const text = this.text.strings;
    if (isCxApiError(error) && error.kind === 'conflict') {
      const current = (error.current as { data?: Conversation } | undefined)?.data;
      const note = current?.assignee ? text.takenBy(current.assignee.name) : text.takenBySomeone;
      this.host.say(note, 'assertive');
      return { text: note, tone: 'error' };
    }
    if (isCxApiError(error) && error.unknownOutcome) {
      this.host.say(text.outcomeUnknown, 'assertive');
      return { text: text.outcomeUnknown, tone: 'warning' };
    }
    const { heading, detail } = describeError(error, this.wording);
    const note = text.actionFailed([heading, detail].filter(Boolean).join(' '));
    this.host.say(note, 'assertive');
    return { text: note, tone: 'error' };
  }

  private setOptimistic(id: string, conversation: Conversation | undefined): void {
    const next = new Map(this.optimistic.value);
    if (conversation) next.set(id, conversation);
    else next.delete(id);
    this.optimistic.value = next;
  }

  private setNote(id: string, note: RowNote | undefined): void {
    if (!note && !this.notes.value.has(id)) return;
    const next = new Map(this.notes.value);
    if (note) next.set(id, note);
    else next.delete(id);
    this.notes.value = next;
  }
}

/** What the agent may do to conversations. */
export interface QueuePermissions {
  /** Assign to others (a supervisor), not only to themselves. */
  readonly assignOthers: boolean;
  /** Take it: not theirs already, and not closed. */
  assignToMe(conversation: Conversation): boolean;
  /** Put it back in the queue or resolve it: being handled, by them or (a supervisor) anyone. */
  release(conversation: Conversation): boolean;
}

/** Who may do what: the host's word (`can-assign-others`) if it gave one, else `/me`'s. */
export function queuePermissions(me: Me | undefined, canAssignOthers: boolean | undefined): QueuePermissions {
  const assignOthers = canAssignOthers ?? me?.permissions?.assignOthers ?? false;
  return {
    assignOthers,
    assignToMe: (conversation) => conversation.assignee?.id !== me?.id && conversation.state !== 'closed',
    release: (conversation) =>
      conversation.state === 'handled' && (conversation.assignee?.id === me?.id || assignOthers),
  };
}
