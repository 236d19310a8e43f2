import { expect } from '@open-wc/testing';

/**
 * Asserts that two values are the same object. Never hand DOM elements to chai's equality: on a
 * failure it walks the whole object graph (shadow roots, framework internals) to print it and can
 * exhaust the renderer's memory. This compares identity and names the elements instead.
 */
export function expectSame(actual: unknown, expected: unknown, what = 'element'): void {
  const describe = (value: unknown) =>
    value instanceof Element
      ? `<${value.localName}${value.id ? `#${value.id}` : ''}${value.className ? `.${String(value.className).split(' ').join('.')}` : ''}>`
      : String(value);
  expect(actual === expected, `${what}: expected ${describe(expected)}, got ${describe(actual)}`).to.equal(
    true,
  );
}
