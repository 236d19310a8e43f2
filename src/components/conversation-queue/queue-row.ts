import { html } from 'lit';
import { Directive, PartType, directive, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import type { Conversation } from '../../api/types.js';
import { channelLabel } from '../../core/badges.js';
import { channelIcon, iconCheck, iconStamp } from '../../core/icons.js';
import type { LocalizeController } from '../../core/localize/localize.js';
import { StampHolder, stampPrototype, type StampSource } from '../../core/stamp.js';
import type { RowNote } from './queue-actions.js';
import type { QueueMessages } from './strings.js';

// A queue row is rendered a screenful at a time while 10,000 conversations scroll by (some twenty
// a frame when rows are one line wide). As a Lit template each row was a template instance with
// some twenty parts, and scrolling the full-width list had tasks of 80–150 ms; so, as the history's
// rows do (entry-row.ts), a row is a clone of a finished skeleton and each render writes only what
// changed. Parts a row may not have (label, agent, waiting time, note) are in the skeleton, hidden.

/** What one row shows, every word already localized. */
export interface QueueRowView {
  id: string;
  index: number;
  setSize: number;
  active: boolean;
  selected: boolean;
  busy: boolean;
  name: string;
  channel: StampSource;
  channelName: string;
  state: string;
  stateLabel: string;
  typeLabel: string;
  label: string | null;
  /** The handling agent, or "Unassigned" while it waits; null when resolved by nobody. */
  agent: string | null;
  waiting: string | null;
  preview: string;
  datetime: string;
  when: string;
  note: RowNote | undefined;
}

/** What every row of one render shares. */
export interface RowContext {
  localize: LocalizeController;
  text: QueueMessages;
  /** The moment the list renders for (the ticker's), so every row's waiting time agrees. */
  now: number;
  setSize: number;
}

export function stateLabel(state: string, text: QueueMessages): string {
  switch (state) {
    case 'queued':
      return text.stateQueued;
    case 'handled':
      return text.stateHandled;
    case 'resolved':
      return text.stateResolved;
    case 'closed':
      return text.stateClosed;
    default:
      return state;
  }
}

/** How long the customer has waited, to the minute (seconds would change on every render). */
export function waitingFor(
  conversation: Conversation,
  now: number,
  localize: LocalizeController,
): string | null {
  if (conversation.state !== 'queued' || !conversation.waitingSince) return null;
  const seconds = Math.max(0, (now - Date.parse(conversation.waitingSince)) / 1000);
  return localize.duration(seconds < 60 ? seconds : Math.floor(seconds / 60) * 60);
}

/** A row's view: who, on which channel, in what state, handled by whom, waiting how long, the last message. */
export function queueRowView(
  conversation: Conversation,
  row: { index: number; active: boolean; selected: boolean; busy: boolean; note: RowNote | undefined },
  context: RowContext,
): QueueRowView {
  const { localize, text, now } = context;
  const messages = localize.messages;
  const waiting = waitingFor(conversation, now, localize);
  return {
    id: `row-${conversation.id}`,
    ...row,
    setSize: context.setSize,
    name: conversation.customer.name,
    channel: iconStamp(channelIcon(conversation.channel), ''),
    channelName: conversation.channelCategory?.label ?? channelLabel(conversation.channel, messages),
    state: conversation.state,
    stateLabel: stateLabel(conversation.state, text),
    typeLabel: conversation.type === 'outbox' ? text.outbox : text.inbox,
    label: conversation.label ?? null,
    agent: conversation.assignee?.name ?? (conversation.state === 'queued' ? messages.unassigned : null),
    waiting: waiting && text.waiting(waiting),
    preview: conversation.preview || text.noPreview,
    datetime: conversation.lastMessageAt,
    when: localize.relativeTime(conversation.lastMessageAt, now),
    note: row.note,
  };
}

const skeleton = () =>
  stampPrototype(
    'conversation-queue row',
    () =>
      html`<div class="row" part="row" role="option" aria-selected="false" aria-busy="false">
        <span class="check" aria-hidden="true" data-select></span>
        <span class="who"
          ><span class="name"></span><span class="channel"><span class="channel-name"></span></span
        ></span>
        <span class="facts"
          ><span class="state"></span><span class="type"></span><span class="label" hidden></span
          ><span class="agent" hidden></span><span class="waiting" hidden></span
        ></span>
        <span class="last"><span class="preview"></span><time></time></span>
        <span class="note" hidden></span>
      </div>`,
  );

interface RowElements {
  row: HTMLElement;
  check: HTMLElement;
  name: HTMLElement;
  channel: HTMLElement;
  channelName: HTMLElement;
  state: HTMLElement;
  type: HTMLElement;
  label: HTMLElement;
  agent: HTMLElement;
  waiting: HTMLElement;
  preview: HTMLElement;
  time: HTMLTimeElement;
  note: HTMLElement;
}

function cloneSkeleton(): RowElements {
  const row = skeleton().cloneNode(true) as HTMLElement;
  const find = <T extends HTMLElement>(selector: string) => row.querySelector<T>(selector)!;
  return {
    row,
    check: find('.check'),
    name: find('.name'),
    channel: find('.channel'),
    channelName: find('.channel-name'),
    state: find('.state'),
    type: find('.type'),
    label: find('.label'),
    agent: find('.agent'),
    waiting: find('.waiting'),
    preview: find('.preview'),
    time: find<HTMLTimeElement>('time'),
    note: find('.note'),
  };
}

/** Sets something only when it differs from what the row shows. */
function write<T>(shown: T | undefined, value: T, apply: (value: T) => void): void {
  if (shown !== value) apply(value);
}

/** Text in an element that a row may not have: hidden when there is none. */
function optionalText(element: HTMLElement, text: string | null): void {
  element.textContent = text ?? '';
  element.hidden = !text;
}

class QueueRow extends Directive {
  private elements?: RowElements;
  private shown?: QueueRowView;
  private readonly channel = new StampHolder();
  private readonly check = new StampHolder();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('queueRow() belongs in child content');
  }

  render(view: QueueRowView): HTMLElement {
    const elements = (this.elements ??= cloneSkeleton());
    const { row } = elements;
    const shown = this.shown;
    write(shown?.id, view.id, (id) => (row.id = id));
    write(shown?.active, view.active, (active) => {
      row.classList.toggle('active', active);
      row.tabIndex = active ? 0 : -1;
    });
    write(shown?.index, view.index, (index) => {
      row.setAttribute('aria-posinset', String(index + 1));
      row.dataset.index = String(index);
    });
    write(shown?.setSize, view.setSize, (size) => row.setAttribute('aria-setsize', String(size)));
    write(shown?.selected, view.selected, (selected) => {
      row.setAttribute('aria-selected', String(selected));
      if (selected) elements.check.replaceChildren(this.check.show(...iconStamp(iconCheck, '')));
      else this.check.clear();
    });
    write(shown?.busy, view.busy, (busy) => {
      row.classList.toggle('busy', busy);
      row.setAttribute('aria-busy', String(busy));
    });
    write(shown?.name, view.name, (text) => (elements.name.textContent = text));
    const icon = this.channel.element;
    const clone = this.channel.show(...view.channel);
    if (clone !== icon) {
      if (icon) icon.replaceWith(clone);
      else elements.channel.prepend(clone);
    }
    write(shown?.channelName, view.channelName, (text) => (elements.channelName.textContent = text));
    write(shown?.state, view.state, (state) => (elements.state.className = `state state--${state}`));
    write(shown?.stateLabel, view.stateLabel, (text) => (elements.state.textContent = text));
    write(shown?.typeLabel, view.typeLabel, (text) => (elements.type.textContent = text));
    write(shown?.label, view.label, (text) => optionalText(elements.label, text));
    write(shown?.agent, view.agent, (text) => optionalText(elements.agent, text));
    write(shown?.waiting, view.waiting, (text) => optionalText(elements.waiting, text));
    write(shown?.preview, view.preview, (text) => (elements.preview.textContent = text));
    write(shown?.datetime, view.datetime, (datetime) => (elements.time.dateTime = datetime));
    write(shown?.when, view.when, (text) => (elements.time.textContent = text));
    write(shown?.note, view.note, (note) => {
      optionalText(elements.note, note?.text ?? null);
      elements.note.className = note ? `note note--${note.tone}` : 'note';
    });
    this.shown = view;
    return row;
  }
}

/**
 * Renders a queue row from its view. Keep it in one child part per conversation (`repeat()` or
 * the virtualizer, keyed by conversation): the row is kept and updated in place.
 */
export const queueRow: (view: QueueRowView) => QueueRowResult = directive(QueueRow);

export type QueueRowResult = DirectiveResult<typeof QueueRow>;
