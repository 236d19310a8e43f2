// cxkit/react offers an `onCx…` prop for every event an element documents: a new event added to an
// element's JSDoc (and so to custom-elements.json) without its React prop fails here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const source = readFileSync(new URL('../src/react.ts', import.meta.url), 'utf8');
const shared = Object.fromEntries(
  [...source.matchAll(/const (\w+) = \{([^}]*)\};/g)].map(([, name, body]) => [name, body]),
);

/** `{ 'cx-ticket-history': Set { 'cx-ticket-open', … } }` as src/react.ts wires them. */
function wiredEvents() {
  const wired = {};
  for (const [, body] of source.matchAll(/createComponent\(\{([\s\S]*?)\n\}\);/g)) {
    const tag = body.match(/tagName: '([^']+)'/)[1];
    const spreads = [...body.matchAll(/\.\.\.(\w+)/g), ...body.matchAll(/events: (\w+),/g)].map(
      ([, name]) => shared[name] ?? '',
    );
    const props = [body, ...spreads].flatMap((text) => [...text.matchAll(/(onCx\w+): '([^']+)'/g)]);
    wired[tag] = new Map(props.map(([, prop, event]) => [event, prop]));
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
