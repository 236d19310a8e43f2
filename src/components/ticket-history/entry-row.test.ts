import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { channelStamp, statusBadgeStamp, tagsStamp } from '../../core/badges.js';
import { en } from '../../core/localize/locales/en.js';
import { pl } from '../../core/localize/locales/pl.js';
import { entryRow, type EntryView } from './entry-row.js';

const view = (changes: Partial<EntryView> = {}): EntryView => ({
  id: 'entry-t_1',
  index: 0,
  setSize: 2,
  active: true,
  channel: channelStamp('email', en),
  subject: 'Refund for order 1042',
  status: statusBadgeStamp('open', en),
  number: 'T-1042',
  assignee: 'Maya Chen',
  unassigned: false,
  datetime: '2026-11-20T09:30:00Z',
  when: 'Last activity 4 days ago',
  exact: 'Nov 20, 2026, 9:30 AM',
  tags: tagsStamp(
    [
      { name: 'refund', source: 'ai' },
      { name: 'vip', source: 'agent' },
    ],
    en,
  ),
  ...changes,
});

/** What the row shows: its attributes, and each child's class and text. */
function shownBy(row: HTMLElement) {
  return {
    attributes: Object.fromEntries([...row.attributes].map(({ name, value }) => [name, value])),
    children: [...row.children].map((child) => `${child.className.toString()}: ${child.textContent}`),
    channelName: row.querySelector('.cx-channel svg')!.getAttribute('aria-label'),
    time: row.querySelector('time')!.dateTime,
    assigneeClass: row.querySelector('.assignee')!.className,
  };
}

describe('entryRow()', () => {
  it('renders every field of the row, with server text as text', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const hostile = '<img src=x onerror="window.hacked=1">';
    render(entryRow(view({ subject: hostile, assignee: hostile })), host);
    const row = host.querySelector<HTMLElement>('[role="option"]')!;
    expect(shownBy(row)).to.deep.equal({
      attributes: {
        class: 'entry',
        part: 'entry',
        role: 'option',
        id: 'entry-t_1',
        'aria-selected': 'true',
        tabindex: '0',
        'aria-posinset': '1',
        'data-index': '0',
        'aria-setsize': '2',
      },
      children: [
        'cx-channel: ',
        `subject: ${hostile}`,
        'cx-badge cx-badge--status-open: Open',
        `meta: T-1042${hostile}Last activity 4 days agoNov 20, 2026, 9:30 AM`,
        'cx-tags: refundrefund, applied by AIvipvip',
      ],
      channelName: 'Email',
      time: '2026-11-20T09:30:00Z',
      assigneeClass: 'assignee',
    });
    expect(host.querySelector('img')).to.equal(null);
  });

  it('updates the same row in place, changing only what changed', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (shown: EntryView) => render(entryRow(shown), host);
    draw(view());
    const row = host.querySelector<HTMLElement>('[role="option"]')!;
    const [channel, subject, status] = row.children;

    draw(
      view({
        index: 1,
        active: false,
        status: statusBadgeStamp('resolved', en),
        assignee: 'Unassigned',
        unassigned: true,
        tags: undefined,
      }),
    );
    expect(host.querySelector('[role="option"]')).to.equal(row);
    expect(row.children[0]).to.equal(channel);
    expect(row.children[1]).to.equal(subject);
    expect(row.children[2]).to.not.equal(status);
    const shown = shownBy(row);
    expect(shown.attributes).to.include({
      'aria-selected': 'false',
      tabindex: '-1',
      'aria-posinset': '2',
      'data-index': '1',
    });
    expect(shown.children).to.deep.equal([
      'cx-channel: ',
      'subject: Refund for order 1042',
      'cx-badge cx-badge--status-resolved: Resolved',
      'meta: T-1042UnassignedLast activity 4 days agoNov 20, 2026, 9:30 AM',
    ]);
    expect(shown.assigneeClass).to.equal('assignee unassigned');

    // Tags come back at the end; a new language relabels the channel, status and tags.
    draw(
      view({
        channel: channelStamp('email', pl),
        status: statusBadgeStamp('open', pl),
        tags: tagsStamp([{ name: 'refund', source: 'ai' }], pl),
      }),
    );
    expect(host.querySelector('[role="option"]')).to.equal(row);
    expect(shownBy(row).children).to.deep.equal([
      'cx-channel: ',
      'subject: Refund for order 1042',
      'cx-badge cx-badge--status-open: Otwarte',
      'meta: T-1042Maya ChenLast activity 4 days agoNov 20, 2026, 9:30 AM',
      'cx-tags: refundrefund, nadany przez AI',
    ]);
    expect(shownBy(row).channelName).to.equal('E-mail');
    expect(shownBy(row).assigneeClass).to.equal('assignee');
  });

  it('belongs in child content', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<p class=${entryRow(view())}></p>`, host)).to.throw(/child content/);
  });
});
