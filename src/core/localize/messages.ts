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
  close: string;
  back: string;
  cancel: string;
  save: string;
  edit: string;
  copy: string;
  copied: string;
  errorHeading: string;
  errorDetailNetwork: string;
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
