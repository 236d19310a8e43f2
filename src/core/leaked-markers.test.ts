import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { sweepLeakedMarkers } from './leaked-markers.js';

const ids = (from: number, to: number) => Array.from({ length: to - from }, (_, index) => from + index);
/** Waits for the sweep (a mutation observer's callback) to have run. */
const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('sweepLeakedMarkers', () => {
  it('removes the markers of removed repeat() items, and the list keeps rendering correctly', async () => {
    const list = await fixture<HTMLUListElement>(html`<ul></ul>`);
    const draw = (items: number[]) =>
      render(
        repeat(
          items,
          (item) => item,
          (item) => html`<li>${item}</li>`,
        ),
        list,
      );
    const shown = () => [...list.children].map((item) => Number(item.textContent));
    const stop = sweepLeakedMarkers(list);

    draw(ids(0, 300));
    await settled();
    draw(ids(250, 350)); // 250 removed, 50 kept, 50 added
    await settled();
    expect(shown()).to.deep.equal(ids(250, 350));
    // Two markers an item, the list's own marker, and fewer leaked ones than a sweep waits for.
    expect(list.childNodes.length).to.be.below(3 * 100 + 64);

    // Lit's bookkeeping survives the sweep: moves, insertions and removals still land right.
    const shuffled = [...ids(300, 350).reverse(), 1000, ...ids(250, 290)];
    draw(shuffled);
    await settled();
    expect(shown()).to.deep.equal(shuffled);
    draw([]);
    await settled();
    expect(shown()).to.deep.equal([]);
    draw(ids(0, 3));
    expect(shown()).to.deep.equal([0, 1, 2]);

    stop();
    draw(ids(500, 800));
    draw([]);
    await settled();
    expect(
      list.childNodes.length,
      'lit-html still leaks markers once the sweep stops (if not, it is fixed: delete the sweep)',
    ).to.be.above(64);
  });
});
