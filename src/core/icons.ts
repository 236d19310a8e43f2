import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { stamp, stampPrototype, type StampResult, type StampSource } from './stamp.js';
import {
  isKnown,
  CHANNELS,
  PRIORITIES,
  TICKET_STATUSES,
  type KnownChannel,
  type KnownPriority,
  type KnownTicketStatus,
} from './vocabulary.js';

// A small set of 24×24 outline icons drawn for cxkit (stroke = currentColor, so they take the text
// colour and work in both themes). Each is a named export, so a bundle keeps only those it uses.
// Brand icons are simplified outlines that hint at the brand without reproducing its logo.
// Each icon is a single path (circles and rounded rectangles drawn as arcs): a history row shows
// three or four icons, and every element of theirs is one more to create, style and paint as the
// list scrolls.

export const iconEmail = svg`<path d="M5 5h14a2 2 0 0 1 2 2v10a2 2 0 0 1 -2 2h-14a2 2 0 0 1 -2 -2v-10a2 2 0 0 1 2 -2zM3.5 6.5l8.5 6.5 8.5-6.5"/>`;
export const iconChat = svg`<path d="M4 5h16v11H9l-5 4zM8 9.5h8M8 12.5h5"/>`;
export const iconSms = svg`<path d="M8.5 2.5h7a2.5 2.5 0 0 1 2.5 2.5v14a2.5 2.5 0 0 1 -2.5 2.5h-7a2.5 2.5 0 0 1 -2.5 -2.5v-14a2.5 2.5 0 0 1 2.5 -2.5zM9.5 7.5h5M9.5 10.5h5M11 18.5h2"/>`;
export const iconVoice = svg`<path d="M5 3.5h3.5l1.8 4.6-2.3 1.5a11 11 0 0 0 6.4 6.4l1.5-2.3 4.6 1.8V19a2 2 0 0 1-2 2A16.5 16.5 0 0 1 3 5.5a2 2 0 0 1 2-2z"/>`;
export const iconWhatsapp = svg`<path d="M4 20.5 5.3 16A8.5 8.5 0 1 1 8.4 19zM9 8.5c0 3.5 3 6.5 6.5 6.5l.8-1.8-2-1-1 .9a4.5 4.5 0 0 1-2.4-2.4l.9-1-1-2z"/>`;
export const iconLine = svg`<path d="M12 3.5c5 0 9 3.1 9 7 0 4.3-5.2 8-9.6 10 .5-1.2.6-2.2.4-3C6.6 17.3 3 14.2 3 10.5c0-3.9 4-7 9-7zM7.5 8.5v4h2M11.5 8.5v4M14 12.5v-4l2.5 4v-4"/>`;
export const iconFacebook = svg`<path d="M3 12a9 9 0 1 0 18 0 9 9 0 1 0 -18 0zM13.5 21v-8.5H16M13.5 12.5V10a2 2 0 0 1 2-2H17M11 12.5h2.5"/>`;
export const iconInstagram = svg`<path d="M8.5 3.5h7a5 5 0 0 1 5 5v7a5 5 0 0 1 -5 5h-7a5 5 0 0 1 -5 -5v-7a5 5 0 0 1 5 -5zM8 12a4 4 0 1 0 8 0 4 4 0 1 0 -8 0zM16.8 7.2h.01"/>`;
export const iconWeb = svg`<path d="M3 12a9 9 0 1 0 18 0 9 9 0 1 0 -18 0zM3 12h18M12 3c2.5 2.6 3.7 5.6 3.7 9s-1.2 6.4-3.7 9c-2.5-2.6-3.7-5.6-3.7-9S9.5 5.6 12 3z"/>`;
export const iconOther = svg`<path d="M3 12a9 9 0 1 0 18 0 9 9 0 1 0 -18 0zM8 12h.01M12 12h.01M16 12h.01"/>`;

export const iconStatusNew = svg`<path d="M12 3v4M12 17v4M3 12h4M17 12h4M6 6l2.5 2.5M15.5 15.5 18 18M18 6l-2.5 2.5M8.5 15.5 6 18"/>`;
export const iconStatusOpen = svg`<path d="M4 12a8 8 0 1 0 16 0 8 8 0 1 0 -16 0z"/>`;
export const iconStatusPending = svg`<path d="M3.5 12a8.5 8.5 0 1 0 17 0 8.5 8.5 0 1 0 -17 0zM12 7.5V12l3 2"/>`;
export const iconStatusOnHold = svg`<path d="M3.5 12a8.5 8.5 0 1 0 17 0 8.5 8.5 0 1 0 -17 0zM10 9v6M14 9v6"/>`;
export const iconStatusResolved = svg`<path d="M3.5 12a8.5 8.5 0 1 0 17 0 8.5 8.5 0 1 0 -17 0zM8.5 12.5l2.5 2.5 4.5-5"/>`;
export const iconStatusClosed = svg`<path d="M7 10.5h10a2 2 0 0 1 2 2v6a2 2 0 0 1 -2 2h-10a2 2 0 0 1 -2 -2v-6a2 2 0 0 1 2 -2zM8 10.5V8a4 4 0 0 1 8 0v2.5"/>`;

export const iconPriorityLow = svg`<path d="M12 5v14M6.5 13.5 12 19l5.5-5.5"/>`;
export const iconPriorityNormal = svg`<path d="M5 9.5h14M5 14.5h14"/>`;
export const iconPriorityHigh = svg`<path d="M12 19V5M6.5 10.5 12 5l5.5 5.5"/>`;
export const iconPriorityUrgent = svg`<path d="M12 3.5 21.5 20h-19zM12 10v4.5M12 17.5h.01"/>`;

export const iconEdit = svg`<path d="M4 20h4L19.5 8.5a2.8 2.8 0 0 0-4-4L4 16zM14 6l4 4"/>`;
export const iconCopy = svg`<path d="M10.5 8.5h8a2 2 0 0 1 2 2v8a2 2 0 0 1 -2 2h-8a2 2 0 0 1 -2 -2v-8a2 2 0 0 1 2 -2zM15.5 8.5v-3a2 2 0 0 0-2-2h-8a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h3"/>`;
export const iconCheck = svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`;
export const iconClose = svg`<path d="M6 6l12 12M18 6 6 18"/>`;
export const iconSearch = svg`<path d="M4.5 11a6.5 6.5 0 1 0 13 0 6.5 6.5 0 1 0 -13 0zM16 16l4.5 4.5"/>`;
export const iconFilter = svg`<path d="M3.5 5h17l-6.5 7.5V19l-4 1.5v-8z"/>`;
export const iconChevronLeft = svg`<path d="M14.5 5.5l-6.5 6.5 6.5 6.5"/>`;
export const iconRefresh = svg`<path d="M20 11a8 8 0 1 0-2.3 5.7M20 4.5V11h-6.5"/>`;
export const iconTrash = svg`<path d="M4 7h16M9.5 7V4.5h5V7M6.5 7l1 13h9l1-13M10 11v5.5M14 11v5.5"/>`;
export const iconAttachment = svg`<path d="M20 11.5l-8 8a5 5 0 0 1-7-7l8.5-8.5a3.3 3.3 0 0 1 4.7 4.7L9.7 17.2a1.7 1.7 0 0 1-2.4-2.4l7.5-7.5"/>`;
export const iconExternal = svg`<path d="M13.5 4.5h6v6M19.5 4.5 11 13M17 14v5a1.5 1.5 0 0 1-1.5 1.5h-10A1.5 1.5 0 0 1 4 19V9a1.5 1.5 0 0 1 1.5-1.5H10"/>`;
export const iconAlert = svg`<path d="M3 12a9 9 0 1 0 18 0 9 9 0 1 0 -18 0zM12 7.5v5.5M12 16.5h.01"/>`;
export const iconInbox = svg`<path d="M3.5 13.5 6 5h12l2.5 8.5V19a1.5 1.5 0 0 1-1.5 1.5H5A1.5 1.5 0 0 1 3.5 19zM3.5 13.5H8l1.5 2.5h5l1.5-2.5h4.5"/>`;
export const iconSparkle = svg`<path d="M12 3.5 13.8 9 19.5 11l-5.7 2L12 18.5 10.2 13 4.5 11l5.7-2zM19 3v3M17.5 4.5h3"/>`;
export const iconBold = svg`<path d="M7 4.5h6a3.75 3.75 0 0 1 0 7.5H7zM7 12h7a3.75 3.75 0 0 1 0 7.5H7z"/>`;
export const iconItalic = svg`<path d="M10 4.5h8M6 19.5h8M14.5 4.5l-5 15"/>`;
export const iconUnderline = svg`<path d="M7 4v7a5 5 0 0 0 10 0V4M5 20.5h14"/>`;
export const iconBulletList = svg`<path d="M9 6.5h11M9 12h11M9 17.5h11M4.5 6.5h.01M4.5 12h.01M4.5 17.5h.01"/>`;
export const iconNumberedList = svg`<path d="M10 6.5h10M10 12h10M10 17.5h10M4 5l1.5-1v5M3.5 14.5a1.5 1.5 0 1 1 2.5 1.1L3.5 19H6.5"/>`;
export const iconLink = svg`<path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1"/>`;
export const iconNote = svg`<path d="M5 3.5h10l4 4v13H5zM14.5 3.5V8h4.5M8.5 12.5h7M8.5 16h5"/>`;

const channelIcons: Record<KnownChannel, SVGTemplateResult> = {
  email: iconEmail,
  chat: iconChat,
  sms: iconSms,
  voice: iconVoice,
  whatsapp: iconWhatsapp,
  line: iconLine,
  facebook: iconFacebook,
  instagram: iconInstagram,
  web: iconWeb,
  other: iconOther,
};
const statusIcons: Record<KnownTicketStatus, SVGTemplateResult> = {
  new: iconStatusNew,
  open: iconStatusOpen,
  pending: iconStatusPending,
  on_hold: iconStatusOnHold,
  resolved: iconStatusResolved,
  closed: iconStatusClosed,
};
const priorityIcons: Record<KnownPriority, SVGTemplateResult> = {
  low: iconPriorityLow,
  normal: iconPriorityNormal,
  high: iconPriorityHigh,
  urgent: iconPriorityUrgent,
};

/** The icon of a channel; a generic one for channels the library does not know yet. */
export function channelIcon(channel: string): SVGTemplateResult {
  return isKnown(CHANNELS, channel) ? channelIcons[channel] : iconOther;
}

/** The icon of a ticket status; a generic one for unknown statuses. */
export function statusIcon(status: string): SVGTemplateResult {
  return isKnown(TICKET_STATUSES, status) ? statusIcons[status] : iconOther;
}

/** The icon of a priority; a generic one for unknown priorities. */
export function priorityIcon(priority: string): SVGTemplateResult {
  return isKnown(PRIORITIES, priority) ? priorityIcons[priority] : iconOther;
}

/** A number per icon, for its stamp keys. */
const iconIds = new WeakMap<SVGTemplateResult, number>();
let nextIconId = 0;

/** An icon as a stamp source (for rows that place their own clones: entry-row.ts, queue-row.ts). */
export function iconStamp(icon: SVGTemplateResult, label: string): StampSource {
  let id = iconIds.get(icon);
  if (id === undefined) iconIds.set(icon, (id = nextIconId++));
  return [
    `icon ${id} ${label}`,
    () =>
      html`<svg
        class="cx-icon"
        viewBox="0 0 24 24"
        fill="none"
        stroke="currentColor"
        stroke-width="1.8"
        stroke-linecap="round"
        stroke-linejoin="round"
        focusable="false"
        role=${label ? 'img' : nothing}
        aria-label=${label || nothing}
        aria-hidden=${label ? nothing : 'true'}
      >
        ${icon}
      </svg>`,
  ];
}

/** The finished SVG element every use of `icon` clones (the bench's plain-DOM reference clones it too). */
export function iconPrototype(icon: SVGTemplateResult, label = ''): Element {
  return stampPrototype(...iconStamp(icon, label));
}

/**
 * Renders an icon. With a `label` it is an image with that accessible name; without one it is
 * decoration, hidden from assistive technology (the text beside it says the same). A list row
 * shows two or three icons, so each is a stamp: a clone of a finished copy, kept while the icon
 * and label stay the same.
 */
export function renderIcon(icon: SVGTemplateResult, label = ''): StampResult {
  return stamp(...iconStamp(icon, label));
}
