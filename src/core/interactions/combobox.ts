import type { ReactiveControllerHost } from 'lit';
import { Debouncer } from './debounce.js';

/** What a combobox's popup says while the agent types. */
export type ComboboxStatus = 'idle' | 'loading' | 'error' | 'empty' | 'results';

export interface ComboboxOptions {
  /** The options offered now. */
  count(): number;
  /** What is known about the search for the current text. */
  state(): { loading: boolean; error: unknown };
  /** The agent picked option `index`. */
  choose(index: number): void;
  /** The typed text, once typing pauses: start the search. Empty text clears the results. */
  search(text: string): void;
  /** Typing pause before a search, in milliseconds. */
  debounceMs: number;
}

/**
 * An editable combobox with a list popup (WAI-ARIA 1.2): focus stays in the text box, the active
 * option is named by `aria-activedescendant`. Down and Up open the list and move through it (Alt+Down
 * opens it without moving), Enter picks, Escape closes the list (and goes no further, so a dialog
 * around it stays open), leaving the box closes it. The popup says why it shows no option: still
 * searching, the search failed (with a retry), or no results.
 *
 * Bind `onInput`, `onKeydown` and `onFocusOut` on the text box (or the box and its popup's common
 * parent for focusout), `aria-expanded=${expanded}` and `aria-activedescendant` from `active`;
 * options call `preventPointerFocus` on mousedown and `choose` on click.
 */
export class ComboboxController {
  private open = false;
  private activeIndex = -1;
  /** The text searched for (the typed text, once typing paused). */
  private searched = '';
  private readonly debouncer: Debouncer;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ComboboxOptions,
  ) {
    this.debouncer = new Debouncer(host, options.debounceMs);
  }

  /** Whether the popup shows (and `aria-expanded` is true). */
  get expanded(): boolean {
    return this.open && this.searched !== '';
  }

  /** The option named by `aria-activedescendant`, or -1. */
  get active(): number {
    return this.expanded ? this.activeIndex : -1;
  }

  get query(): string {
    return this.searched;
  }

  /** Why the popup shows what it shows. */
  get status(): ComboboxStatus {
    if (!this.searched || this.debouncer.waiting) return this.searched ? 'loading' : 'idle';
    const { loading, error } = this.options.state();
    if (loading) return 'loading';
    if (error) return 'error';
    return this.options.count() ? 'results' : 'empty';
  }

  /** Closes the popup and forgets the search (after a choice, or when the form resets). */
  reset(): void {
    this.debouncer.cancel();
    this.open = false;
    this.activeIndex = -1;
    this.searched = '';
    this.host.requestUpdate();
  }

  readonly onInput = (event: Event): void => {
    const text = (event.target as HTMLInputElement).value;
    this.open = true;
    this.activeIndex = -1;
    this.debouncer.schedule(() => {
      this.searched = text.trim();
      this.options.search(this.searched);
      this.host.requestUpdate();
    });
    this.host.requestUpdate();
  };

  readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.isComposing) return;
    const count = this.options.count();
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        // Pending typing is searched now: the agent wants the results.
        if (this.debouncer.waiting) this.debouncer.flush();
        const wasOpen = this.open;
        this.open = true;
        if (count && !(event.altKey && !wasOpen)) {
          const step = event.key === 'ArrowDown' ? 1 : -1;
          const from = this.activeIndex < 0 && step < 0 ? count : this.activeIndex;
          this.activeIndex = (from + step + count) % count;
        }
        this.host.requestUpdate();
        return;
      }
      case 'Enter':
        if (this.expanded && this.activeIndex >= 0 && this.activeIndex < count) {
          event.preventDefault();
          this.pick(this.activeIndex);
        }
        return;
      case 'Escape':
        if (this.expanded) {
          event.preventDefault();
          event.stopPropagation();
          this.open = false;
          this.activeIndex = -1;
          this.host.requestUpdate();
        }
        return;
    }
  };

  /** Focus left the text box and its popup: the list closes. */
  readonly onFocusOut = (event: FocusEvent): void => {
    const container = event.currentTarget as Element;
    if (event.relatedTarget instanceof Node && container.contains(event.relatedTarget)) return;
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
  };

  /** Bind on each option's mousedown: the click chooses without taking focus from the box. */
  readonly preventPointerFocus = (event: Event): void => event.preventDefault();

  /** Picks option `index` (an option's click). */
  pick(index: number): void {
    this.debouncer.cancel();
    this.open = false;
    this.activeIndex = -1;
    this.options.choose(index);
    this.host.requestUpdate();
  }
}
