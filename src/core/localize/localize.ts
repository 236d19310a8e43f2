import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  formatDate,
  formatDateTime,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatRelativeTime,
} from '../format.js';
import type { Messages, SupportedLanguage } from './messages.js';
import { en } from './locales/en.js';
import { MessageCatalog } from './loader.js';
import { awaitsHydration } from '../hydration.js';

// English is bundled as the fallback; the other languages are fetched the first time an element
// needs them. The map is explicit (no template-literal import) so bundlers see every chunk.
const catalog = new MessageCatalog<Messages>(
  en,
  {
    th: () => import('./locales/th.js').then((module) => module.th),
    id: () => import('./locales/id.js').then((module) => module.id),
    pl: () => import('./locales/pl.js').then((module) => module.pl),
  },
  'messages',
);

export const SUPPORTED_LANGUAGES: readonly SupportedLanguage[] = ['en', 'th', 'id', 'pl'];

/** Loads (once) and returns the messages of a supported language; English if loading fails. */
export function loadMessages(language: SupportedLanguage): Promise<Messages> {
  return catalog.load(language);
}

/** The supported language for a BCP 47 tag: `th-TH` → `th`, `in` (the old code) → `id`, else `en`. */
export function matchLanguage(tag: string): SupportedLanguage {
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const language = primary === 'in' ? 'id' : primary;
  return (SUPPORTED_LANGUAGES as readonly string[]).includes(language)
    ? (language as SupportedLanguage)
    : 'en';
}

/**
 * The `lang` in force at an element: its own, else the nearest ancestor's across shadow roots
 * (a `<cx-provider lang>` is such an ancestor), ending at `<html lang>`. Empty when none is set.
 */
export function langAt(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return '';
}

/**
 * The locale dates and numbers are formatted in: the tag itself when its language is the one the
 * text is in (keeps the region: en-GB writes dates day-first), else that language. An unsupported
 * `lang="ar"` shows English text, so its dates are English too ("Closed last week", not
 * "Closed الأسبوع الماضي").
 */
export function intlLocaleFor(tag: string, language: SupportedLanguage): string {
  try {
    const canonical = Intl.getCanonicalLocales(tag)[0];
    return canonical && primaryOf(canonical) === language ? canonical : language;
  } catch {
    return language;
  }
}

function primaryOf(tag: string): string {
  return tag.toLowerCase().split('-')[0] ?? '';
}

// One observer for the whole document, not one per element: any `lang` change anywhere makes
// every connected controller look again (a walk up the tree is cheap next to a render).
const controllers = new Set<LocalizeController>();
let documentObserver: MutationObserver | undefined;
function watchDocument(): void {
  if (documentObserver) return;
  documentObserver = new MutationObserver(() => {
    for (const controller of controllers) controller.resolve();
  });
  documentObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Per-element localization. The language is resolved from the DOM (`lang` on the element, an
 * ancestor or `<html>`; else English), so each widget follows the page it sits in and nothing is
 * configured page-globally: a host page using @lit/localize, i18next or anything else is unaffected.
 */
export class LocalizeController implements ReactiveController {
  /** The supported language whose messages are shown. */
  language: SupportedLanguage = 'en';
  /** The locale Intl formats with: the element's `lang` when valid (keeps regions), else `language`. */
  locale = 'en';
  /** The strings of `language` (English until a lazily loaded language arrives). */
  messages: Messages = en;

  private ready: Promise<unknown> = Promise.resolve();
  /** The widget's own strings (`use()`), loaded with the shared ones. */
  private readonly own: { catalog: MessageCatalog<unknown>; strings: unknown }[] = [];
  // Made when first connected: a server renders elements without ever connecting them (no DOM there).
  private ownLangObserver?: MutationObserver;
  /** Set while a server-rendered element hydrates in the server's language (English). */
  private hydrating = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /**
   * Adds the widget's own strings (a catalog in its folder), loaded and switched with the shared
   * ones; `whenReady` waits for both. Call it where the widget's fields are made.
   */
  use<T>(catalog: MessageCatalog<T>): { readonly strings: T } {
    const entry = { catalog: catalog as MessageCatalog<unknown>, strings: catalog.get('en') as unknown };
    this.own.push(entry);
    return {
      get strings() {
        return entry.strings as T;
      },
    };
  }

  /** Resolves when the messages for the current language are in place. */
  get whenReady(): Promise<unknown> {
    return this.ready;
  }

  hostConnected(): void {
    controllers.add(this);
    watchDocument();
    // Elements inside shadow roots are outside the document observer's reach.
    this.ownLangObserver ??= new MutationObserver(() => this.resolve());
    this.ownLangObserver.observe(this.host, { attributes: true, attributeFilter: ['lang'] });
    // A server-rendered element hydrates in the language it was rendered in, then takes its own.
    this.hydrating = awaitsHydration(this.host);
    this.resolve();
  }

  hostUpdated(): void {
    if (!this.hydrating) return;
    this.hydrating = false;
    this.resolve();
  }

  hostDisconnected(): void {
    controllers.delete(this);
    this.ownLangObserver?.disconnect();
  }

  /** Looks up the language again and re-renders the host if it changed. */
  resolve(): void {
    if (this.hydrating) return;
    const tag = langAt(this.host) || 'en';
    const language = matchLanguage(tag);
    const locale = intlLocaleFor(tag, language);
    if (language === this.language && locale === this.locale) return;
    this.language = language;
    this.locale = locale;
    const messages = catalog.get(language);
    const own = this.own.map((entry) => entry.catalog.get(language));
    if (messages && own.every((strings) => strings !== undefined)) {
      this.messages = messages;
      own.forEach((strings, index) => (this.own[index]!.strings = strings));
      this.ready = Promise.resolve();
    } else {
      this.ready = Promise.all([
        loadMessages(language),
        ...this.own.map((entry) => entry.catalog.load(language)),
      ]).then(([loadedMessages, ...loadedOwn]) => {
        // A later change may have moved on to another language while this one loaded.
        if (this.language !== language) return;
        this.messages = loadedMessages;
        loadedOwn.forEach((strings, index) => (this.own[index]!.strings = strings));
      });
    }
    this.host.requestUpdate();
  }

  /**
   * Builds the date formatters of the current locale ahead of time. Creating the first Intl
   * formatter of a page takes milliseconds; a widget calls this while its request is in flight, so
   * that cost is not paid between the data's arrival and the paint.
   */
  warmUpDates(): void {
    const now = Date.now();
    this.relativeTime(now, now);
    this.dateTime(now);
  }

  /** Text direction of the shown language, for `dir` attributes. */
  get dir(): 'ltr' | 'rtl' {
    return this.messages.$dir;
  }

  dateTime(value: Date | string | number, options?: Intl.DateTimeFormatOptions): string {
    return formatDateTime(value, this.locale, options);
  }

  date(value: Date | string | number): string {
    return formatDate(value, this.locale);
  }

  relativeTime(value: Date | string | number, now?: Date | number): string {
    return formatRelativeTime(value, this.locale, now);
  }

  duration(seconds: number): string {
    return formatDuration(seconds, this.locale);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return formatNumber(value, this.locale, options);
  }

  fileSize(bytes: number): string {
    return formatFileSize(bytes, this.locale);
  }
}
