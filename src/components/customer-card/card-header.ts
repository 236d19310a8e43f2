import { html, nothing, type TemplateResult } from 'lit';
import type { Customer } from '../../api/types.js';
import { channelLabel, renderChannel } from '../../core/badges.js';
import { iconCopy, iconEmail, iconVoice, renderIcon } from '../../core/icons.js';
import type { Messages } from '../../core/localize/messages.js';
import { contactUrl, safeUrl } from '../../core/urls.js';
import type { CxActivityKind } from './events.js';
import type { CardMessages } from './strings.js';

// The card's top: who the customer is (photo or initials, name, company, owner, labels), the
// email and call actions, and the contact channels with a copy button each.

const AVATAR_HUES = 8;

/** A stable colour for a customer without a photo: the same id always gets the same hue. */
function hueOf(id: string): number {
  let hash = 0;
  for (const char of id) hash = (hash * 31 + char.codePointAt(0)!) | 0;
  return Math.abs(hash) % AVATAR_HUES;
}

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Up to two letters from the first and last word; markup and punctuation in a name are skipped. */
function initialsOf(name: string): string {
  const firstLetter = (word: string) =>
    [...graphemes.segment(word)].find(({ segment }) => /[\p{L}\p{N}]/u.test(segment))?.segment ?? '';
  const words = name.split(/\s+/).map(firstLetter).filter(Boolean);
  const letters = words.length > 1 ? [words[0], words.at(-1)] : words.slice(0, 1);
  return letters.join('').toLocaleUpperCase() || '?';
}

export interface CardHeaderView {
  customer: Customer;
  strings: CardMessages;
  headingLevel: number;
  /** A photo that failed to load: initials are shown instead. */
  failedAvatarUrl?: string;
  onAvatarError(url: string): void;
  /** Email or call, before the link opens (the card fires its cancelable event). */
  onActivity(event: MouseEvent, kind: CxActivityKind, value: string): void;
}

export interface ChannelListView {
  customer: Customer;
  strings: CardMessages;
  messages: Messages;
  onCopy(id: string, label: string, text: string): void;
  /** The "copy it yourself" box of a channel whose copy the clipboard refused. */
  renderManualCopy(id: string): TemplateResult | typeof nothing;
}

export function renderCardHeader(view: CardHeaderView): TemplateResult {
  const { customer, strings: card } = view;
  const avatarUrl = safeUrl(customer.avatarUrl);
  const showPhoto = avatarUrl && avatarUrl !== view.failedAvatarUrl;
  return html`<header class="header" part="header">
    <div class="avatar hue-${hueOf(customer.id)}" part="avatar" aria-hidden="true">
      ${
        showPhoto
          ? html`<img src=${avatarUrl} alt="" @error=${() => view.onAvatarError(avatarUrl)} />`
          : initialsOf(customer.name)
      }
    </div>
    <div class="identity">
      <div class="name" part="name" role="heading" aria-level=${view.headingLevel}>
        <bdi>${customer.name}</bdi>
      </div>
      ${customer.company ? html`<div class="company"><bdi>${customer.company}</bdi></div>` : nothing}
      ${customer.owner ? html`<div class="owner">${card.owner(customer.owner.name)}</div>` : nothing}
      ${
        customer.labels.length
          ? html`<ul class="labels" part="labels" aria-label=${card.labels}>
              ${customer.labels.map(
                (label) =>
                  html`<li class="label ${label.trim().toLowerCase() === 'vip' ? 'label--vip' : ''}">
                    <bdi>${label}</bdi>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
    </div>
    ${renderActions(view)}
  </header>`;
}

function renderActions(view: CardHeaderView): TemplateResult | typeof nothing {
  const { customer, strings: card } = view;
  const actions = [
    {
      kind: 'email' as const,
      value: customer.email,
      url: customer.email && contactUrl('email', customer.email),
      icon: iconEmail,
      label: card.sendEmail,
    },
    {
      kind: 'call' as const,
      value: customer.phone,
      url: customer.phone && contactUrl('phone', customer.phone),
      icon: iconVoice,
      label: card.call,
    },
  ].filter((action) => action.url && action.value);
  if (!actions.length) return nothing;
  return html`<div class="actions" part="actions">
    ${actions.map(
      (action) =>
        html`<a
          class="cx-button action"
          href=${action.url!}
          data-kind=${action.kind}
          @click=${(event: MouseEvent) => view.onActivity(event, action.kind, action.value!)}
          >${renderIcon(action.icon)}<span>${action.label}</span></a
        >`,
    )}
  </div>`;
}

export function renderChannelList(view: ChannelListView): TemplateResult | typeof nothing {
  const { customer, messages, strings } = view;
  if (!customer.channels.length) return nothing;
  return html`<ul class="channels" part="channels" aria-label=${strings.channels}>
    ${customer.channels.map((channel, index) => {
      const label = channelLabel(channel.type, messages);
      const id = `channel-${index}`;
      return html`<li class="channel">
        ${renderChannel(channel.type, messages)}
        <span class="handle"><bdi>${channel.handle}</bdi></span>
        <button
          type="button"
          class="cx-icon-button"
          id=${id}
          aria-label=${strings.copyChannel(label, channel.handle)}
          @click=${() => view.onCopy(id, label, channel.handle)}
        >
          ${renderIcon(iconCopy)}
        </button>
        ${view.renderManualCopy(id)}
      </li>`;
    })}
  </ul>`;
}
