// cxkit/react offers an `onCx…` prop for every event an element documents: a new event added to an
// element's JSDoc (and so to custom-elements.json) without its React prop fails here. Each element's
// wrapper lives in its folder (`src/components/<name>/react.ts`); the shared props in core.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');
const manifest = JSON.parse(read('custom-elements.json'));
const shared = read('src/core/react-events.ts');
const propsIn = (text) => [...text.matchAll(/(onCx\w+): '([^']+)'/g)].map(([, prop, event]) => [event, prop]);

/** `{ 'cx-ticket-history': Map { 'cx-ticket-open' => 'onCxTicketOpen', … } }` as the wrappers wire them. */
function wiredEvents() {
  const wired = {};
  for (const name of readdirSync(new URL('../src/components', import.meta.url))) {
    const path = `src/components/${name}/react.ts`;
    if (!existsSync(new URL(`../${path}`, import.meta.url))) continue;
    const source = read(path);
    const tag = source.match(/tagName: '([^']+)'/)[1];
    const usesShared = /\.\.\.errorEvents|events: errorEvents/.test(source);
    wired[tag] = new Map([...propsIn(source), ...(usesShared ? propsIn(shared) : [])]);
  }
  return wired;
}

test('every documented event of every element has its onCx… prop in cxkit/react', () => {
  const wired = wiredEvents();
  const elements = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((item) => item.tagName);
  assert.ok(elements.length >= 5);
  for (const element of elements) {
    assert.ok(wired[element.tagName], `cxkit/react wraps <${element.tagName}>`);
    for (const { name } of element.events ?? []) {
      const expected = `on${name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase())}`;
      assert.equal(wired[element.tagName].get(name), expected, `<${element.tagName}> ${name} as ${expected}`);
    }
  }
});

test('cxkit/react exports every wrapper', () => {
  const aggregate = read('src/react.ts');
  for (const tag of Object.keys(wiredEvents())) {
    const name = tag.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
    assert.match(aggregate, new RegExp(`export \\{ ${name} \\}`), `${name} in src/react.ts`);
  }
});
