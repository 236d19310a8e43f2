import type { Messages } from '../messages.js';

export const en: Messages = {
  $lang: 'en',
  $name: 'English',
  $dir: 'ltr',

  loading: 'Loading…',
  retry: 'Try again',
  close: 'Close',
  back: 'Back',
  cancel: 'Cancel',
  save: 'Save',
  edit: 'Edit',
  copy: 'Copy',
  copied: 'Copied to clipboard',
  errorHeading: 'Something went wrong',
  errorDetailNetwork: 'Check your connection and try again.',
  emptyHeading: 'Nothing here yet',
  unassigned: 'Unassigned',
  unknownValue: 'Unknown',

  channel: {
    email: 'Email',
    chat: 'Chat',
    sms: 'SMS',
    voice: 'Phone call',
    whatsapp: 'WhatsApp',
    line: 'LINE',
    facebook: 'Facebook',
    instagram: 'Instagram',
    web: 'Web form',
    other: 'Other channel',
  },
  status: {
    new: 'New',
    open: 'Open',
    pending: 'Pending',
    on_hold: 'On hold',
    resolved: 'Resolved',
    closed: 'Closed',
  },
  priority: {
    low: 'Low priority',
    normal: 'Normal priority',
    high: 'High priority',
    urgent: 'Urgent',
  },

  ticketCount: (count) => (count === 1 ? '1 ticket' : `${count} tickets`),
};
