import { expect, fixture } from '@open-wc/testing';
import { html, render } from 'lit';
import { stamp } from './stamp.js';

/** A key no other test uses, so each test builds its own copies. */
let keys = 0;
const freshKey = () => `stamp-test ${keys++}`;

describe('stamp()', () => {
  it('renders the built markup as a clone, without Lit’s comments or the template’s indentation', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const name = '<img src=x onerror=alert(1)>';
    render(
      html`<p>
        ${stamp(
          freshKey(),
          () =>
            html`<span class="badge" part="badge">
              <b>${name}</b>
              ${['one', 'two'].map((word) => html`<i>${word}</i>`)}
            </span>`,
        )}
      </p>`,
      host,
    );
    const badge = host.querySelector('.badge')!;
    expect(badge.getAttribute('part')).to.equal('badge');
    expect([...badge.childNodes].map((node) => node.nodeName)).to.deep.equal(['B', 'I', 'I']);
    // Text is text: the prototype is built by Lit, never parsed from a string.
    expect(badge.querySelector('b')!.textContent).to.equal(name);
    expect(badge.querySelector('img')).to.equal(null);
    expect(badge.textContent).to.equal(`${name}onetwo`);
  });

  it('builds the markup once per key, gives every use its own element and keeps it until the key changes', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const [red, blue] = [freshKey(), freshKey()];
    let builds = 0;
    const badge = (key: string, word: string) =>
      stamp(key, () => {
        builds += 1;
        return html`<span>${word}</span>`;
      });
    const draw = (key: string, word: string) =>
      render(
        html`<p>${badge(key, word)}</p>
          <p>${badge(key, word)}</p>`,
        host,
      );

    draw(red, 'red');
    const [first, second] = host.querySelectorAll('span');
    expect(first).to.not.equal(second);
    expect(builds).to.equal(1);

    draw(red, 'red');
    expect(host.querySelector('span')).to.equal(first);
    expect(builds).to.equal(1);

    draw(blue, 'blue');
    expect(host.querySelector('span')).to.not.equal(first);
    expect([...host.querySelectorAll('span')].map((span) => span.textContent)).to.deep.equal([
      'blue',
      'blue',
    ]);
    expect(builds).to.equal(2);
  });

  it('keeps at most 500 copies, dropping the least recently used first', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const built: string[] = [];
    const use = (key: string) =>
      render(
        stamp(key, () => {
          built.push(key);
          return html`<span>${key}</span>`;
        }),
        host,
      );
    const [everyRow, first] = [freshKey(), freshKey()];
    use(everyRow);
    use(first);
    for (let index = 0; index < 498; index += 1) use(freshKey());
    use(everyRow); // used again: now the most recently used
    expect(built.length).to.equal(500);
    use(freshKey()); // one over: `first`, the least recently used, goes
    use(everyRow);
    expect(built.length).to.equal(501);
    use(first);
    expect(built.length).to.equal(502);
    expect(built.at(-1)).to.equal(first);
    expect(host.textContent).to.equal(first);
  });

  it('belongs in child content', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    expect(() => render(html`<p class=${stamp(freshKey(), () => html`<b></b>`)}></p>`, host)).to.throw(
      /child content/,
    );
  });
});
