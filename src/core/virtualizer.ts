// The long lists' lazy chunk: the virtualizer and its flow layout.
export { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
// Passed to virtualize() explicitly: by default the virtualizer fetches it with a request of its own.
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';

interface Placing {
  _first: number;
  readonly _children: HTMLElement[];
}

const patched = new WeakSet<object>();

/**
 * @lit-labs/virtualizer 2.1.1 places each rendered row by `this._children[index - first]`, and
 * `_children` is a getter that walks every child to build a new array: placing n rows walks n² of
 * them, on every scrolled frame and every live update (a tenth of the main thread in a profile of
 * the inbox under 20 arrivals a second). This places the same rows the same way with the children
 * read once. The Virtualizer class is not exported, so its prototype is reached through the first
 * instance (`virtualizer`, from the scroller's `virtualizerRef`). If a later version renames what
 * this relies on, nothing is changed; returns whether the placement is the fast one.
 */
export function readChildrenOnce(virtualizer: object | undefined): boolean {
  if (!virtualizer) return false;
  const prototype = Object.getPrototypeOf(virtualizer) as Record<string, unknown>;
  if (patched.has(prototype)) return true;
  const place = prototype['_positionChildren'];
  if (typeof place !== 'function' || !Object.getOwnPropertyDescriptor(prototype, '_children')?.get)
    return false;
  prototype['_positionChildren'] = function (this: Placing, positions: unknown) {
    if (!positions) return place.call(this, positions);
    // Only read by the method: `_children` is the one array, `_first` and the rest come from `this`.
    const once = Object.create(this, { _children: { value: this._children } }) as Placing;
    return place.call(once, positions);
  };
  patched.add(prototype);
  return true;
}
