import { expect, fixture, html } from '@open-wc/testing';
import '../test-support/test-widget.js';
import type { CxTestWidget } from '../test-support/test-widget.js';
import { SUPPORTED_LANGUAGES } from './localize/localize.js';

const part = (el: CxTestWidget, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;

describe('shared state parts', () => {
  it('loading: a skeleton, announced politely with a label', async () => {
    const el = await fixture<CxTestWidget>(html`<cx-test-widget view="loading"></cx-test-widget>`);
    const loading = part(el, 'loading');
    expect(loading.getAttribute('role')).to.equal('status');
    expect(loading.getAttribute('aria-live')).to.equal('polite');
    expect(loading.textContent!.trim()).to.equal('Loading…');
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

  it('error: announced as an alert, with a retry button that works from the keyboard', async () => {
    const el = await fixture<CxTestWidget>(html`<cx-test-widget view="error"></cx-test-widget>`);
    const error = part(el, 'error');
    expect(error.getAttribute('role')).to.equal('alert');
    expect(error.textContent).to.contain('Something went wrong').and.contain('Check your connection');
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
