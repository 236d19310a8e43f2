import { html } from 'lit';
import { Directive, PartType, directive, type DirectiveResult, type PartInfo } from 'lit/directive.js';
import { StampHolder, stampPrototype, type StampSource } from '../../core/stamp.js';

// A history row is the one template rendered dozens of times in a frame: 50 at once for a page,
// about ten a frame while a long list scrolls. As a Lit template each row cost a template instance
// with 17 parts (the walk to find them, a part object each, a directive per badge); with those,
// the 50-entry list took 2.7 times as long as building the same rows with plain DOM calls. So a
// row is a clone of a finished skeleton, and each render writes only what changed, as Lit would.

/** What one row shows, worked out by the panel: every word in it is already localized. */
export interface EntryView {
  /** The row's element id (the panel focuses rows by it). */
  id: string;
  /** Zero-based position in the list. */
  index: number;
  /** How many tickets the list holds (for `aria-setsize`). */
  setSize: number;
  /** The roving-tabindex row: selected and in the tab order. */
  active: boolean;
  channel: StampSource;
  subject: string;
  status: StampSource;
  number: string;
  /** The assignee's name, or the word for "Unassigned". */
  assignee: string;
  unassigned: boolean;
  /** The ISO time shown, for `<time datetime>`. */
  datetime: string;
  /** That time, relative ("Closed 3 days ago"). */
  when: string;
  /** That time, exact, shown on hover and focus. */
  exact: string;
  tags?: StampSource;
  /**
   * Why a search found the ticket when its subject and number do not show it: the words around
   * the hit in its summary (shown in the tags' place while searching).
   */
  match?: { before: string; hit: string; after: string };
}

/** The row's static markup; `EntryRow` fills in the rest. */
const skeleton = () =>
  stampPrototype(
    'ticket-history entry',
    () =>
      html`<div class="entry" part="entry" role="option" aria-selected="false">
        <span class="subject"></span>
        <span class="meta">
          <span class="number"></span><span class="assignee"></span>
          <span class="when"><time></time><span class="exact"></span></span>
        </span>
      </div>`,
  );

/** Sets an attribute, text or class only when it differs from what the row shows. */
function write<T>(shown: T | undefined, value: T, apply: (value: T) => void): void {
  if (shown !== value) apply(value);
}

/** A row and the elements whose content changes, found by their class (`.subject` and so on). */
interface RowElements {
  row: HTMLElement;
  subject: HTMLElement;
  meta: HTMLElement;
  number: HTMLElement;
  assignee: HTMLElement;
  time: HTMLTimeElement;
  exact: HTMLElement;
}

function cloneSkeleton(): RowElements {
  const row = skeleton().cloneNode(true) as HTMLElement;
  const find = <T extends HTMLElement>(selector: string) => row.querySelector<T>(selector)!;
  return {
    row,
    subject: find('.subject'),
    meta: find('.meta'),
    number: find('.number'),
    assignee: find('.assignee'),
    time: find<HTMLTimeElement>('time'),
    exact: find('.exact'),
  };
}

const matchKey = (match: EntryView['match']) =>
  match ? `${match.before}\u0000${match.hit}\u0000${match.after}` : '';

/** The search's snippet: made when a row needs one, dropped when it does not. */
function renderMatch(row: HTMLElement, current: HTMLElement | undefined, match: EntryView['match']) {
  if (!match) {
    current?.remove();
    return undefined;
  }
  const element = current ?? document.createElement('span');
  element.className = 'match';
  const mark = document.createElement('mark');
  mark.textContent = match.hit;
  element.replaceChildren(match.before, mark, match.after);
  if (!current) row.append(element);
  return element;
}

class EntryRow extends Directive {
  private elements?: RowElements;
  private shown?: EntryView;
  private readonly channel = new StampHolder();
  private readonly status = new StampHolder();
  private readonly tags = new StampHolder();
  private match?: HTMLElement;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('entryRow() belongs in child content');
  }

  render(view: EntryView): HTMLElement {
    const { row, subject, meta, number, assignee, time, exact } = (this.elements ??= cloneSkeleton());
    const shown = this.shown;
    write(shown?.id, view.id, (id) => (row.id = id));
    write(shown?.active, view.active, (active) => {
      row.setAttribute('aria-selected', String(active));
      row.tabIndex = active ? 0 : -1;
    });
    write(shown?.index, view.index, (index) => {
      row.setAttribute('aria-posinset', String(index + 1));
      row.dataset.index = String(index);
    });
    write(shown?.setSize, view.setSize, (size) => row.setAttribute('aria-setsize', String(size)));
    this.place(this.channel, view.channel, (clone) => row.insertBefore(clone, subject));
    write(shown?.subject, view.subject, (text) => (subject.textContent = text));
    this.place(this.status, view.status, (clone) => row.insertBefore(clone, meta));
    write(shown?.number, view.number, (text) => (number.textContent = text));
    write(shown?.assignee, view.assignee, (text) => (assignee.textContent = text));
    write(shown?.unassigned, view.unassigned, (unassigned) =>
      assignee.classList.toggle('unassigned', unassigned),
    );
    write(shown?.datetime, view.datetime, (datetime) => (time.dateTime = datetime));
    write(shown?.when, view.when, (text) => (time.textContent = text));
    write(shown?.exact, view.exact, (text) => (exact.textContent = text));
    // The search's snippet takes the tags' line: while searching, why a row matched says more.
    if (view.tags && !view.match) this.place(this.tags, view.tags, (clone) => row.append(clone));
    else this.tags.clear();
    write(
      matchKey(shown?.match),
      matchKey(view.match),
      () => (this.match = renderMatch(row, this.match, view.match)),
    );
    this.shown = view;
    return row;
  }

  /** Shows `source` in the holder's place: inserted the first time, swapped when its key changes. */
  private place(holder: StampHolder, source: StampSource, insert: (clone: Element) => void): void {
    const before = holder.element;
    const clone = holder.show(...source);
    if (clone === before) return;
    if (before) before.replaceWith(clone);
    else insert(clone);
  }
}

/**
 * Renders a history row from its view. Keep it in one child part per ticket (`repeat()` or the
 * virtualizer, keyed by ticket): the row is kept and updated in place.
 */
export const entryRow: (view: EntryView) => EntryRowResult = directive(EntryRow);

export type EntryRowResult = DirectiveResult<typeof EntryRow>;
