import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/test-widget.js';
import type { CxTestWidget } from '../test-support/test-widget.js';
import { SUPPORTED_LANGUAGES } from './localize/localize.js';
import { announced, announcedSince, announcementMark } from '../test-support/announcements.js';

const part = (el: CxTestWidget, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('shared state parts', () => {
  it('loading: a busy skeleton with a label, not announced (what arrives is)', async () => {
    const mark = announcementMark();
    const el = await fixture<CxTestWidget>(html`<cx-test-widget view="loading"></cx-test-widget>`);
    const loading = part(el, 'loading');
    expect(loading.getAttribute('aria-busy')).to.equal('true');
    expect(loading.textContent!.trim()).to.equal('Loading…');
    // An error rendered after it is said; had the skeleton been announced, it would be said by then.
    await fixture<CxTestWidget>(html`<cx-test-widget view="error"></cx-test-widget>`);
    await announced(/Something went wrong/, { since: mark });
    expect(announcedSince(mark).filter((line) => line.includes('Loading'))).to.deep.equal([]);
    expect(loading.querySelectorAll('.cx-skeleton__row[aria-hidden="true"]')).to.have.length(3);
  });

  it('empty: a heading, a detail and an action', async () => {
    const el = await fixture<CxTestWidget>(html`<cx-test-widget view="empty"></cx-test-widget>`);
    const empty = part(el, 'empty');
    expect(empty.querySelector('.cx-state__heading')!.textContent).to.equal('Nothing here yet');
    expect(empty.querySelector('.cx-state__detail')!.textContent).to.equal('0 tickets');
    part(el, 'empty-action').click();
    expect(el.emptyActions).to.equal(1);
  });

  it('error: announced assertively, with a retry button that works from the keyboard', async () => {
    const mark = announcementMark();
    const el = await fixture<CxTestWidget>(html`<cx-test-widget view="error"></cx-test-widget>`);
    const error = part(el, 'error');
    expect(error.textContent).to.contain('Something went wrong').and.contain('Check your connection');
    await announced(/Something went wrong/, { since: mark, politeness: 'assertive' });
    const retry = part(el, 'retry-button');
    expect(retry.tagName).to.equal('BUTTON');
    retry.focus();
    expect(el.shadowRoot!.activeElement).to.equal(retry);
    retry.click();
    expect(el.retries).to.equal(1);
  });

  for (const language of SUPPORTED_LANGUAGES) {
    for (const theme of ['light', 'dark']) {
      it(`passes axe in every state (${language}, ${theme})`, async () => {
        for (const view of ['loading', 'empty', 'error'] as const) {
          const el = await fixture<CxTestWidget>(
            html`<cx-test-widget lang=${language} theme=${theme} view=${view}></cx-test-widget>`,
          );
          await expect(el).to.be.accessible();
        }
      });
    }
  }
});
