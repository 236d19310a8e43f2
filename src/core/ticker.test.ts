import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { waitUntil } from '../test-support/wait.js';
import { Ticker } from './ticker.js';

class TickingElement extends LitElement {
  readonly ticker = new Ticker(this, 30);
  renders: number[] = [];
  override render() {
    this.renders.push(this.ticker.now);
    return html`${this.ticker.now}`;
  }
}
customElements.define('cx-test-ticking', TickingElement);

describe('Ticker: times relative to now keep moving', () => {
  it('renders its host again on each tick, with the moment of that render', async () => {
    const el = await fixture<TickingElement>(html`<cx-test-ticking></cx-test-ticking>`);
    await waitUntil(() => el.renders.length >= 3, 'three renders');
    expect(el.renders[2]!).to.be.greaterThan(el.renders[0]!);
  });

  it('stops when its host leaves the page, and starts again when it comes back', async () => {
    const el = await fixture<TickingElement>(html`<cx-test-ticking></cx-test-ticking>`);
    await waitUntil(() => el.renders.length >= 2, 'ticking');
    el.remove();
    // No timer is left to render a detached element (a negative can only be read from the state).
    expect((el.ticker as unknown as { timer?: unknown }).timer).to.equal(undefined);
    document.body.append(el);
    const count = el.renders.length;
    await waitUntil(() => el.renders.length > count + 1, 'ticking again once back on the page');
    el.remove();
  });
});
