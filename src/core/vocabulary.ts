// The closed value sets of the host-API contract that the UI has words, icons and colours for.
// Servers may send values outside them (a new channel, say): those render generically.

export const CHANNELS = [
  'email',
  'chat',
  'sms',
  'voice',
  'whatsapp',
  'line',
  'facebook',
  'instagram',
  'web',
  'other',
] as const;
export type KnownChannel = (typeof CHANNELS)[number];

export const TICKET_STATUSES = ['new', 'open', 'pending', 'on_hold', 'resolved', 'closed'] as const;
export type KnownTicketStatus = (typeof TICKET_STATUSES)[number];

export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type KnownPriority = (typeof PRIORITIES)[number];

export function isKnown<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** A readable label for a value no locale has a word for: `on_hold_vendor` → `On hold vendor`. */
export function humanize(value: string): string {
  const words = value.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toLocaleUpperCase() + words.slice(1) : value;
}
