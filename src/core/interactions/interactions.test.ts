import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../test-support/wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { announced, announcementMark, liveRegionText } from '../../test-support/announcements.js';
import { expectSame } from '../../test-support/same.js';
import { announcer } from './announcer.js';
import { deepActiveElement } from './focus.js';
import { TYPEAHEAD_RESET_MS } from './roving-focus.js';
import './interaction-fixture.js';
import type { CxInteractionFixture } from './interaction-fixture.js';

const mount = () => fixture<CxInteractionFixture>(html`<cx-interaction-fixture></cx-interaction-fixture>`);
const $ = <T extends HTMLElement = HTMLElement>(el: CxInteractionFixture, selector: string) =>
  el.shadowRoot!.querySelector<T>(selector)!;
const focusedId = (el: CxInteractionFixture) => (el.shadowRoot!.activeElement as HTMLElement | null)?.id;
const press = async (el: CxInteractionFixture, key: string, expected: string) => {
  await sendKeys({ press: key });
  await waitUntil(() => focusedId(el) === expected, `${key} → #${expected}, at #${focusedId(el)}`);
};

describe('interaction layer: roving focus', () => {
  it('walks a list with arrows, Home, End and Page keys, one tab stop, passing skipped items', async () => {
    const el = await mount();
    $(el, '#fruit-0').focus();
    await press(el, 'ArrowDown', 'fruit-1');
    await press(el, 'PageDown', 'fruit-4');
    await press(el, 'ArrowDown', 'fruit-6'); // Date (5) is skipped
    await press(el, 'End', 'fruit-7');
    await press(el, 'ArrowDown', 'fruit-7'); // stops at the end
    await press(el, 'PageUp', 'fruit-4');
    await press(el, 'Home', 'fruit-0');
    await press(el, 'ArrowUp', 'fruit-0');
    await el.updateComplete;
    const stops = [...el.shadowRoot!.querySelectorAll('[role="option"][tabindex="0"]')].map(
      (item) => item.id,
    );
    expect(stops).to.deep.equal(['fruit-0']);
  });

  it('finds an item by typed letters, and cycles with the same letter', async () => {
    const el = await mount();
    $(el, '#fruit-0').focus();
    await press(el, 'b', 'fruit-2');
    await press(el, 'l', 'fruit-3'); // "bl": Blueberry
    // A new search after a pause (the one wait for time: the pause is what is tested).
    const typedAt = performance.now();
    await waitUntil(() => performance.now() - typedAt > TYPEAHEAD_RESET_MS, 'a pause in typing');
    await press(el, 'a', 'fruit-0');
    await press(el, 'a', 'fruit-1'); // the same letter again: the next item starting with it
  });

  it('moves tabs with Left and Right, wrapping, mirrored right to left, and selects as it goes', async () => {
    const el = await mount();
    $(el, '#tab-0').focus();
    await press(el, 'ArrowRight', 'tab-1');
    expect(el.tab).to.equal(1);
    await press(el, 'ArrowLeft', 'tab-0');
    await press(el, 'ArrowLeft', 'tab-2'); // wraps
    await press(el, 'ArrowDown', 'tab-2'); // not a tab key
    el.dir = 'rtl';
    await press(el, 'ArrowLeft', 'tab-0'); // right to left: Left is next
    await press(el, 'ArrowRight', 'tab-2');
    expect(el.tab).to.equal(2);
  });

  it('moves a grid by rows and cells, Ctrl+Home and Ctrl+End to its corners', async () => {
    const el = await mount();
    $(el, '#cell-4').focus();
    await press(el, 'ArrowDown', 'cell-7');
    await press(el, 'ArrowRight', 'cell-8');
    await press(el, 'ArrowUp', 'cell-5');
    await sendKeys({ down: 'Control' });
    await press(el, 'Home', 'cell-0');
    await press(el, 'End', 'cell-8');
    await sendKeys({ up: 'Control' });
  });
});

describe('interaction layer: focus never falls to <body>', () => {
  it('a removed chip hands focus to the chip in its place, then the one before, then the search box', async () => {
    const el = await mount();
    const chips = () => [...el.shadowRoot!.querySelectorAll<HTMLElement>('.chip')];
    chips()[1]!.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chips().length === 2 && deepActiveElement() === chips()[1], 'the next chip');
    expect(chips()[1]!.textContent).to.contain('three');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => chips().length === 1 && deepActiveElement() === chips()[0], 'the chip before');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === $(el, '#search'), 'the search box');
  });

  it('an element gone with no named successor hands focus to its marked container', async () => {
    const el = await mount();
    $(el, '#retry').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === $(el, '#section'), 'the section holding it');
  });

  it('a disabled button hands focus on', async () => {
    const el = await mount();
    $(el, '#busy').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActiveElement() === $(el, '#section'), 'the section, when Load is disabled');
  });

  it('an element rendered anew gets focus back', async () => {
    const el = await mount();
    $(el, '#same').focus();
    const before = $(el, '#same');
    el.generation += 1;
    await el.updateComplete;
    await waitUntil(() => deepActiveElement() === $(el, '#same') && $(el, '#same') !== before, 'the new one');
  });

  it('leaves focus alone when the agent moves on, and falls back to the widget when nothing is near', async () => {
    const outside = document.createElement('button');
    outside.textContent = 'Outside';
    document.body.append(outside);
    try {
      const el = await mount();
      $(el, '#same').focus();
      outside.focus();
      el.generation += 1;
      await el.updateComplete;
      expectSame(document.activeElement, outside, 'focus stays where the agent put it');
      // Nothing marked around it: the widget's fallback.
      $(el, '#search').focus();
      $(el, '#search').remove();
      await waitUntil(() => deepActiveElement() === $(el, '#fallback'), 'the fallback');
    } finally {
      outside.remove();
    }
  });
});

describe('interaction layer: announcer', () => {
  it('names the widget, says identical reports once, and fills the page region', async () => {
    const mark = announcementMark();
    announcer.announce({
      source: 'Customer card',
      text: 'Could not reach the server.',
      politeness: 'assertive',
    });
    announcer.announce({
      source: 'Ticket history',
      text: 'Could not reach the server.',
      politeness: 'assertive',
    });
    announcer.announce({
      source: 'Ticket history',
      text: 'Could not reach the server.',
      politeness: 'assertive',
    });
    const line = await announced(/Could not reach the server/, { since: mark, politeness: 'assertive' });
    expect(line).to.equal('Customer card and Ticket history: Could not reach the server.');
    await waitUntil(() => liveRegionText('assertive') === line, 'the assertive region says it');
    expect(liveRegionText('polite').includes('Could not reach'), 'errors are not said politely too').to.equal(
      false,
    );
  });

  it('says the same words again when they are reported again', async () => {
    announcer.announce({ source: 'Fixture', text: 'Copied' });
    await waitUntil(() => liveRegionText('polite') === 'Fixture: Copied', 'said once');
    // A region whose text does not change says nothing: it is emptied, then filled again.
    const region = document
      .querySelector('[data-cx-announcer]')!
      .shadowRoot!.querySelector('[data-cx-live="polite"]')!;
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(region.textContent ?? ''));
    observer.observe(region, { childList: true, subtree: true, characterData: true });
    announcer.announce({ source: 'Fixture', text: 'Copied' });
    await waitUntil(() => seen.at(-1) === 'Fixture: Copied', 'said again');
    observer.disconnect();
    expect(seen).to.deep.equal(['', 'Fixture: Copied']);
  });

  it('speaks in an open modal dialog, whose page behind is inert', async () => {
    const el = await mount();
    $(el, '#open-dialog').click();
    el.said = 'Saved';
    await el.updateComplete;
    const region = $(el, 'dialog [data-cx-live="polite"]');
    await waitUntil(() => region.textContent === 'Fixture: Saved', 'the dialog region says it');
    $(el, '#dialog-close').click();
  });
});

describe('interaction layer: popover', () => {
  it('opens with focus inside, closes on Escape with focus back on the trigger', async () => {
    const el = await mount();
    $(el, '#pop-trigger').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedId(el) === 'pop-first', 'focus moves in');
    expect($(el, '#pop-trigger').getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !$(el, '#pop').matches(':popover-open'), 'closed');
    await waitUntil(() => focusedId(el) === 'pop-trigger', 'focus back on the trigger');
    await el.updateComplete;
    expect($(el, '#pop-trigger').getAttribute('aria-expanded')).to.equal('false');
  });

  it('closes when Tab leaves it, leaving focus where Tab took it', async () => {
    const el = await mount();
    await el.pop.show();
    await waitUntil(() => focusedId(el) === 'pop-first', 'focus moves in');
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => !$(el, '#pop').matches(':popover-open'), 'closed behind focus');
    expect(focusedId(el)).to.not.equal('pop-trigger');
    expect(deepActiveElement(), 'focus is somewhere, not on <body>').to.not.equal(null);
  });
});

describe('interaction layer: combobox', () => {
  it('searches once typing pauses, moves through options by aria-activedescendant, picks with Enter', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#combo');
    input.focus();
    await sendKeys({ type: 'ap' });
    await waitUntil(() => el.results.length === 2, 'results');
    expect(el.searches, 'one search for two letters').to.deep.equal(['ap']);
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('combo-0');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' }); // wraps
    await el.updateComplete;
    expect(input.getAttribute('aria-activedescendant')).to.equal('combo-0');
    expectSame(el.shadowRoot!.activeElement, input, 'focus stays in the box');
    await sendKeys({ press: 'Enter' });
    expect(el.chosen).to.equal('Apple');
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });

  it('says no results, loading and failure apart, and Escape closes only the list', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#combo');
    input.focus();
    await sendKeys({ type: 'zz' });
    await waitUntil(() => $(el, '#combo-status').textContent === 'empty', 'no results');
    el.searchError = true;
    await el.updateComplete;
    expect($(el, '#combo-status').textContent).to.equal('error');
    el.searchError = false;
    el.searching = true;
    await el.updateComplete;
    expect($(el, '#combo-status').textContent).to.equal('loading');
    el.searching = false;
    let escaped = false;
    el.addEventListener('keydown', () => (escaped = true), { once: true });
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    expect(escaped, 'Escape went no further than the box').to.equal(false);
  });

  it('closes when focus leaves, and a pointer click on an option picks it without losing focus', async () => {
    const el = await mount();
    const input = $<HTMLInputElement>(el, '#combo');
    input.focus();
    await sendKeys({ type: 'b' });
    await waitUntil(() => el.results.length === 2, 'results');
    await el.updateComplete;
    const option = $(el, '#combo-1').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(option.left + 5), Math.round(option.top + 5)] });
    expect(el.chosen).to.equal('Blueberry');
    expectSame(el.shadowRoot!.activeElement, input, 'focus stayed in the box');
    await sendKeys({ type: 'a' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'open again');
    $(el, '#after-pop').focus();
    await el.updateComplete;
    expect(input.getAttribute('aria-expanded')).to.equal('false');
  });
});

describe('interaction layer: dialog', () => {
  it('a modal dialog keeps the page inert and returns focus to its opener on close', async () => {
    const el = await mount();
    const opener = $(el, '#open-dialog');
    opener.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => focusedId(el) === 'dialog-first', 'focus moves in');
    expect($(el, 'dialog').matches(':modal')).to.equal(true);
    // The platform keeps Tab inside (and the browser's own controls): never on the page behind.
    for (let step = 0; step < 4; step += 1) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement();
      expect(active === null || $(el, 'dialog').contains(active), `Tab ${step + 1} stays in`).to.equal(true);
    }
    $(el, '#dialog-close').click();
    await waitUntil(() => focusedId(el) === 'open-dialog', 'focus back on the opener');
  });
});
