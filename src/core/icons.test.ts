import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { channelIcon, iconOther, priorityIcon, renderIcon, statusIcon } from './icons.js';
import { CHANNELS, PRIORITIES, TICKET_STATUSES, humanize } from './vocabulary.js';

describe('icons', () => {
  it('has a distinct icon for every channel, status and priority of the contract', () => {
    for (const [values, lookup] of [
      [CHANNELS.filter((channel) => channel !== 'other'), channelIcon],
      [TICKET_STATUSES, statusIcon],
      [PRIORITIES, priorityIcon],
    ] as const) {
      const icons = values.map((value) => lookup(value));
      expect(new Set(icons).size).to.equal(values.length);
      expect(icons).not.to.include(iconOther);
    }
  });

  it('draws a generic icon for values the library does not know', () => {
    expect(channelIcon('telegram')).to.equal(iconOther);
    expect(statusIcon('escalated')).to.equal(iconOther);
    expect(priorityIcon('p0')).to.equal(iconOther);
  });

  it('is a labelled image with a label, and hidden decoration without one', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`${renderIcon(channelIcon('line'), 'LINE')}${renderIcon(channelIcon('email'))}`, host);
    const [labelled, decorative] = host.querySelectorAll('svg');
    expect(labelled!.getAttribute('role')).to.equal('img');
    expect(labelled!.getAttribute('aria-label')).to.equal('LINE');
    expect(labelled!.hasAttribute('aria-hidden')).to.equal(false);
    expect(decorative!.getAttribute('aria-hidden')).to.equal('true');
    expect(decorative!.hasAttribute('role')).to.equal(false);
    expect(labelled!.querySelectorAll('path, rect, circle').length).to.be.greaterThan(0);
  });

  it('gives every use its own element, kept across renders until the icon or its label changes', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const draw = (label: string) =>
      render(
        html`<p>${renderIcon(channelIcon('line'), label)}</p>
          <p>${renderIcon(channelIcon('line'), label)}</p>`,
        host,
      );
    draw('LINE');
    const [first, second] = host.querySelectorAll('svg');
    expect(first).to.not.equal(second);
    draw('LINE');
    expect(host.querySelector('svg')).to.equal(first);
    draw('Line');
    const relabelled = host.querySelector('svg')!;
    expect(relabelled).to.not.equal(first);
    expect(relabelled.getAttribute('aria-label')).to.equal('Line');
    // Bare SVG: none of Lit's marker comments inside.
    const walker = document.createTreeWalker(relabelled, NodeFilter.SHOW_COMMENT);
    expect(walker.nextNode()).to.equal(null);
  });

  it('humanizes unknown values for display', () => {
    expect(humanize('on_hold_vendor')).to.equal('On hold vendor');
    expect(humanize('tele-gram')).to.equal('Tele gram');
    expect(humanize('__')).to.equal('__');
  });
});
