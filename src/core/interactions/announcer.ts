import { html, nothing, type TemplateResult } from 'lit';
import { Directive, directive, type ChildPart, type PartInfo, PartType } from 'lit/directive.js';

// One announcer for the page. Every widget says what changed through it ("Ticket history: 25
// tickets loaded", "Customer card: Email saved"), named, so an agent knows which widget spoke, and
// said once when several widgets report the same thing at the same moment ("Customer card, Ticket
// history: Could not reach the server"). While a modal dialog is open the page behind it is inert,
// and live regions there are not read: announcements go to the dialog's own regions instead.

export type Politeness = 'polite' | 'assertive';

export interface Announcement {
  /** The widget speaking, in the language of the text ("Ticket history"). */
  source: string;
  text: string;
  /** Assertive interrupts: errors only. Default polite. */
  politeness?: Politeness;
  /** The language of `source` and `text`, for joining several sources ("A, B and C"). */
  locale?: string;
}

/**
 * Announcements made this close together are said together, each text once: the gathering goes on
 * while they keep coming (two widgets failing at once on a busy machine answer a few tasks apart),
 * up to `GATHER_MAX_MS` after the first.
 */
export const GATHER_MS = 120;
export const GATHER_MAX_MS = 400;

/** Marks an element's polite and assertive live regions (`data-cx-live="polite"`). */
export const LIVE_ATTRIBUTE = 'data-cx-live';

const VISUALLY_HIDDEN = `:host { position: absolute !important; inline-size: 1px; block-size: 1px;
  margin: -1px; padding: 0; border: 0; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }`;

type Regions = Record<Politeness, HTMLElement>;

function regionsIn(container: ParentNode): Regions | undefined {
  const polite = container.querySelector<HTMLElement>(`[${LIVE_ATTRIBUTE}="polite"]`);
  const assertive = container.querySelector<HTMLElement>(`[${LIVE_ATTRIBUTE}="assertive"]`);
  return polite && assertive ? { polite, assertive } : undefined;
}

function createRegion(politeness: Politeness): HTMLElement {
  const region = document.createElement('div');
  region.setAttribute(LIVE_ATTRIBUTE, politeness);
  if (politeness === 'assertive') region.setAttribute('role', 'alert');
  else region.setAttribute('role', 'status');
  region.setAttribute('aria-live', politeness);
  region.setAttribute('aria-atomic', 'false');
  return region;
}

/** The page's announcer: one hidden element at the end of `<body>`, holding two live regions. */
class Announcer {
  private pageRegions?: Regions;
  /** Open modal dialogs, innermost last: their regions are the only ones read. */
  private readonly modals: ParentNode[] = [];
  private pending: Required<Announcement>[] = [];
  private timer?: ReturnType<typeof setTimeout>;
  /** When the announcements waiting to be said began to gather. */
  private gatheringSince?: number;
  /** The last lines said, newest last (for tests and debugging; a screen reader hears the regions). */
  readonly said: { line: string; politeness: Politeness }[] = [];
  /** How many lines have been said in all (`said` keeps only the last 100). */
  saidCount = 0;

  /**
   * Makes sure the page's regions exist. Called when a widget connects: a live region must be in
   * the page before its text changes, or the first announcement is not read.
   */
  prepare(): void {
    if (this.pageRegions?.polite.isConnected) return;
    const existing = document.querySelector('[data-cx-announcer]');
    const holder = existing ?? document.createElement('div');
    if (!existing) {
      holder.setAttribute('data-cx-announcer', '');
      const shadow = holder.attachShadow({ mode: 'open' });
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(VISUALLY_HIDDEN);
      shadow.adoptedStyleSheets = [sheet];
      shadow.append(createRegion('polite'), createRegion('assertive'));
      document.body.append(holder);
    }
    this.pageRegions = regionsIn(holder.shadowRoot!);
  }

  /** Says `announcement` (together with others made at the same moment). */
  announce(announcement: Announcement): void {
    if (!announcement.text.trim()) return;
    this.prepare();
    this.pending.push({
      source: announcement.source,
      text: announcement.text,
      politeness: announcement.politeness ?? 'polite',
      locale: announcement.locale ?? (document.documentElement.lang || 'en'),
    });
    const now = performance.now();
    this.gatheringSince ??= now;
    clearTimeout(this.timer);
    const wait = Math.min(GATHER_MS, this.gatheringSince + GATHER_MAX_MS - now);
    this.timer = setTimeout(() => this.flush(), Math.max(0, wait));
  }

  /**
   * While `container` (an open modal dialog holding `renderLiveRegions()`) is open, announcements go
   * to its regions. Returns the function that ends that.
   */
  useModalRegions(container: ParentNode): () => void {
    this.modals.push(container);
    return () => {
      const index = this.modals.lastIndexOf(container);
      if (index >= 0) this.modals.splice(index, 1);
    };
  }

  private get regions(): Regions | undefined {
    for (let index = this.modals.length - 1; index >= 0; index -= 1) {
      const regions = regionsIn(this.modals[index]!);
      if (regions?.polite.isConnected) return regions;
    }
    return this.pageRegions;
  }

  private flush(): void {
    this.timer = undefined;
    this.gatheringSince = undefined;
    const pending = this.pending;
    this.pending = [];
    const regions = this.regions;
    if (!regions) return;
    for (const politeness of ['assertive', 'polite'] as const) {
      const lines = joinSources(pending.filter((item) => item.politeness === politeness));
      if (!lines.length) continue;
      say(regions[politeness], lines);
      this.said.push(...lines.map((line) => ({ line, politeness })));
      this.saidCount += lines.length;
      this.said.splice(0, Math.max(0, this.said.length - 100));
    }
  }
}

/** One line per distinct text, naming every widget that said it. */
function joinSources(items: Required<Announcement>[]): string[] {
  const byText = new Map<string, { sources: string[]; locale: string }>();
  for (const item of items) {
    const entry = byText.get(item.text) ?? { sources: [], locale: item.locale };
    if (!entry.sources.includes(item.source)) entry.sources.push(item.source);
    byText.set(item.text, entry);
  }
  return [...byText].map(([text, { sources, locale }]) => `${listOf(sources, locale)}: ${text}`);
}

function listOf(items: string[], locale: string): string {
  try {
    return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/**
 * Replaces the region's text. Emptied first and filled a frame later, so words said twice are
 * announced twice (a region whose text does not change says nothing).
 */
function say(region: HTMLElement, lines: string[]): void {
  region.replaceChildren();
  requestAnimationFrame(() =>
    region.replaceChildren(
      ...lines.map((line) => {
        const paragraph = document.createElement('p');
        paragraph.textContent = line;
        return paragraph;
      }),
    ),
  );
}

const ANNOUNCER_KEY = Symbol.for('cxkit.announcer');
/** The page's announcer (shared with any other copy of cxkit on the page). */
export const announcer: Announcer =
  ((globalThis as Record<symbol, unknown>)[ANNOUNCER_KEY] as Announcer | undefined) ??
  (((globalThis as Record<symbol, unknown>)[ANNOUNCER_KEY] = new Announcer()) as Announcer);

/** What `announce()` in a template needs from the element it renders in. */
export interface AnnouncingElement {
  /** The widget's name, as said before its announcements. */
  readonly announcedName: string;
  /** The language of its words. */
  readonly locale: string;
}

function isAnnouncing(host: unknown): host is AnnouncingElement {
  return typeof (host as AnnouncingElement | undefined)?.announcedName === 'string';
}

class AnnounceDirective extends Directive {
  private said?: string;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.CHILD) throw new Error('announce() belongs in child content');
  }

  render(_text: string | undefined, _politeness?: Politeness): typeof nothing {
    return nothing;
  }

  override update(part: ChildPart, [text, politeness]: [string | undefined, Politeness?]): typeof nothing {
    const host = part.options?.host;
    if (text && text !== this.said && isAnnouncing(host)) {
      announcer.announce({ source: host.announcedName, text, politeness, locale: host.locale });
    }
    this.said = text;
    return nothing;
  }
}

/**
 * Announces `text` through the page's announcer when this part of a template first shows it, and
 * again whenever it changes: `${announce(heading, 'assertive')}` in an error state says the error
 * once when the state appears. Renders nothing.
 */
export const announce = directive(AnnounceDirective);

/**
 * A dialog's own live regions, for while it is open modally (see `announcer.useModalRegions`).
 * Place them inside the `<dialog>`; they stay empty until the announcer writes to them.
 */
export function renderLiveRegions(): TemplateResult {
  return html`<div class="cx-visually-hidden" data-cx-live="polite" role="status" aria-live="polite"></div>
    <div class="cx-visually-hidden" data-cx-live="assertive" role="alert" aria-live="assertive"></div>`;
}
