import type { SupportedLanguage } from './messages.js';

export type OtherLanguage = Exclude<SupportedLanguage, 'en'>;

/**
 * Strings in every supported language, English at hand and the others fetched once, the first
 * time they are needed. The core messages and the flyout form's own strings are both kept so.
 */
export class MessageCatalog<T> {
  /** Every catalog made so far: the locale completeness test checks each, found without a list. */
  static readonly all = new Set<MessageCatalog<unknown>>();

  private readonly loaded = new Map<string, T>();
  private readonly loading = new Map<string, Promise<T>>();

  constructor(
    private readonly english: T,
    private readonly loaders: Record<OtherLanguage, () => Promise<T>>,
    /** What these strings are, for the warning when a language cannot be loaded. */
    readonly what: string,
  ) {
    this.loaded.set('en', english);
    MessageCatalog.all.add(this as MessageCatalog<unknown>);
  }

  /** The strings of `language` if they are loaded (English always is). */
  get(language: string): T | undefined {
    return this.loaded.get(language);
  }

  /** Loads (once) and returns the strings of `language`; English if it is unknown or fails to load. */
  load(language: string): Promise<T> {
    const ready = this.loaded.get(language);
    if (ready) return Promise.resolve(ready);
    const loader = this.loaders[language as OtherLanguage];
    if (!loader) return Promise.resolve(this.english);
    let pending = this.loading.get(language);
    if (!pending) {
      pending = loader().then(
        (strings) => {
          this.loaded.set(language, strings);
          return strings;
        },
        (error: unknown) => {
          console.warn(`cxkit: could not load the "${language}" ${this.what}; showing English.`, error);
          this.loading.delete(language);
          return this.english;
        },
      );
      this.loading.set(language, pending);
    }
    return pending;
  }
}
