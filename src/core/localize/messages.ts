import type { KnownChannel, KnownPriority, KnownTicketStatus } from '../vocabulary.js';

/**
 * Every string cxkit shows. Each locale implements the whole interface, so the compiler and a test
 * both refuse a locale with a missing key. Functions take the values a sentence needs, and do their
 * own plural choice, because plural rules differ (Polish has three forms, Thai and Indonesian none).
 */
export interface Messages {
  /** BCP 47 tag of the language these messages are written in. */
  $lang: string;
  /** The language's own name for itself, for language pickers. */
  $name: string;
  $dir: 'ltr' | 'rtl';

  loading: string;
  retry: string;
  /** A tag's name, said with who applied it (its badge shows an icon). */
  aiTag: (name: string) => string;
  ruleTag: (name: string) => string;
  /** A card or history given no customer yet. */
  noCustomerHeading: string;
  noCustomerDetail: string;
  close: string;
  back: string;
  cancel: string;
  save: string;
  edit: string;
  copy: string;
  copied: string;
  errorHeading: string;
  errorDetailNetwork: string;
  /** The server's data broke the contract; `where` names the request and the field. */
  errorDetailInvalid: (where: string) => string;
  errorHeadingInvalid: string;
  errorHeadingNotConfigured: string;
  errorDetailNotConfigured: string;
  /** The data source does not offer what the widget needs (a custom one left it out). */
  errorHeadingUnsupported: string;
  errorDetailUnsupported: string;
  errorHeadingMisconfigured: string;
  errorDetailMisconfigured: string;
  /** After a 429 or 503 with `Retry-After`: `when` is relative ("in 30 seconds"). */
  errorDetailRetryAfter: (when: string) => string;
  errorDetailForbidden: string;
  /** Items of a list left out because they break the contract; `detail` names where. */
  itemsLeftOut: (count: number, detail: string) => string;
  /** A select's options (reasons, agents) failed to load. */
  optionsFailed: string;
  /** A search (the customer lookup) failed. */
  searchFailed: string;
  errorDetailAuth: string;
  emptyHeading: string;
  unassigned: string;
  unknownValue: string;

  channel: Record<KnownChannel, string>;
  status: Record<KnownTicketStatus, string>;
  priority: Record<KnownPriority, string>;

  /** "3 tickets" with the locale's plural form. */
  ticketCount: (count: number) => string;
}

export type SupportedLanguage = 'en' | 'th' | 'id' | 'pl';
