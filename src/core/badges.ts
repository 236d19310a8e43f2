import { css, html, nothing, type SVGTemplateResult } from 'lit';
import { channelIcon, iconSparkle, priorityIcon, renderIcon, statusIcon } from './icons.js';
import type { Messages } from './localize/messages.js';
import { stamp, type StampResult, type StampSource } from './stamp.js';
import { CHANNELS, PRIORITIES, TICKET_STATUSES, humanize, isKnown } from './vocabulary.js';

// How the contract's vocabulary looks everywhere: a status is a colour, an icon and a word (never
// colour alone); a channel is an icon with an accessible name; AI tags look and read differently.

export function channelLabel(channel: string, messages: Messages): string {
  return isKnown(CHANNELS, channel) ? messages.channel[channel] : humanize(channel);
}

export function statusLabel(status: string, messages: Messages): string {
  return isKnown(TICKET_STATUSES, status) ? messages.status[status] : humanize(status);
}

export function priorityLabel(priority: string, messages: Messages): string {
  return isKnown(PRIORITIES, priority) ? messages.priority[priority] : humanize(priority);
}

// Each badge is a stamp (see stamp.ts): a history row shows three or four of them, and a clone of
// a finished copy costs far less than a template instance. The keys hold every word shown.

/** The channel icon, named for assistive technology. */
export function channelStamp(channel: string, messages: Messages): StampSource {
  const label = channelLabel(channel, messages);
  return [
    JSON.stringify(['channel', channel, label]),
    () => html`<span class="cx-channel" part="channel">${renderIcon(channelIcon(channel), label)}</span>`,
  ];
}

export function renderChannel(channel: string, messages: Messages): StampResult {
  return stamp(...channelStamp(channel, messages));
}

/** A status or priority: its colour, icon and word. */
function badgeStamp(
  kind: 'status' | 'priority',
  value: string,
  known: string,
  icon: SVGTemplateResult,
  label: string,
): StampSource {
  return [
    JSON.stringify([kind, value, label]),
    () =>
      html`<span class="cx-badge cx-badge--${kind}-${known}" part="${kind}-badge">
        ${renderIcon(icon)}${label}
      </span>`,
  ];
}

export function statusBadgeStamp(status: string, messages: Messages): StampSource {
  const known = isKnown(TICKET_STATUSES, status) ? status.replace('_', '-') : 'unknown';
  return badgeStamp('status', status, known, statusIcon(status), statusLabel(status, messages));
}

export function renderStatusBadge(status: string, messages: Messages): StampResult {
  return stamp(...statusBadgeStamp(status, messages));
}

export function renderPriorityBadge(priority: string, messages: Messages): StampResult {
  const known = isKnown(PRIORITIES, priority) ? priority : 'unknown';
  return stamp(
    ...badgeStamp('priority', priority, known, priorityIcon(priority), priorityLabel(priority, messages)),
  );
}

/**
 * Tags, or none to show; AI-applied ones carry a sparkle, a distinct colour and say so to screen
 * readers.
 */
export function tagsStamp(
  tags: readonly { name: string; source: string }[],
  messages: Messages,
): StampSource | undefined {
  if (!tags.length) return undefined;
  const shown = tags.map((tag) => ({
    name: tag.name,
    kind: tag.source === 'ai' ? 'ai' : tag.source === 'rule' ? 'rule' : 'agent',
    label:
      tag.source === 'ai'
        ? messages.aiTag(tag.name)
        : tag.source === 'rule'
          ? messages.ruleTag(tag.name)
          : tag.name,
  }));
  return [
    JSON.stringify(['tags', shown]),
    () =>
      html`<ul class="cx-tags" part="tags">
        ${shown.map(
          (tag) =>
            html`<li class="cx-tag cx-tag--${tag.kind}" part="tag">
              ${tag.kind === 'ai' ? renderIcon(iconSparkle) : nothing}
              <span aria-hidden="true">${tag.name}</span><span class="cx-visually-hidden">${tag.label}</span>
            </li>`,
        )}
      </ul>`,
  ];
}

export function renderTags(
  tags: readonly { name: string; source: string }[],
  messages: Messages,
): StampResult | typeof nothing {
  const source = tagsStamp(tags, messages);
  return source ? stamp(...source) : nothing;
}

export const badgeStyles = css`
  .cx-badge {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    padding: 1px var(--_space-3) 1px var(--_space-2);
    border-radius: var(--_radius-pill);
    font-size: var(--_font-size-sm);
    font-weight: 600;
    max-inline-size: 100%;
    background: var(--_status-closed-bg);
    color: var(--_status-closed-text);
  }
  .cx-badge--status-new {
    background: var(--_status-new-bg);
    color: var(--_status-new-text);
  }
  .cx-badge--status-open {
    background: var(--_status-open-bg);
    color: var(--_status-open-text);
  }
  .cx-badge--status-pending {
    background: var(--_status-pending-bg);
    color: var(--_status-pending-text);
  }
  .cx-badge--status-on-hold {
    background: var(--_status-on-hold-bg);
    color: var(--_status-on-hold-text);
  }
  .cx-badge--status-resolved {
    background: var(--_status-resolved-bg);
    color: var(--_status-resolved-text);
  }
  .cx-badge--priority-low {
    background: var(--_priority-low-bg);
    color: var(--_priority-low-text);
  }
  .cx-badge--priority-normal {
    background: var(--_priority-normal-bg);
    color: var(--_priority-normal-text);
  }
  .cx-badge--priority-high {
    background: var(--_priority-high-bg);
    color: var(--_priority-high-text);
  }
  .cx-badge--priority-urgent {
    background: var(--_priority-urgent-bg);
    color: var(--_priority-urgent-text);
  }
  .cx-channel {
    display: inline-flex;
    color: var(--_text-muted);
  }
  .cx-tags {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cx-tag {
    display: inline-flex;
    align-items: center;
    gap: var(--_space-1);
    max-width: 100%;
    padding: 0 var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-sm);
    font-size: var(--_font-size-sm);
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .cx-tag--ai {
    border-color: transparent;
    background: var(--_ai-bg);
    color: var(--_ai-text);
    font-weight: 600;
  }
  .cx-tag--rule {
    border-style: dashed;
  }
`;
