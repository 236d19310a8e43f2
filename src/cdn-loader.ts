/// <reference types="vite/client" />
// The CDN route, lazily: one small module script that knows every cxkit tag and fetches a widget's
// code the first time its tag appears in the page (and, inside a widget, its editor or sanitizer on
// first use), so a page with a card and a history downloads about what a bundler would give it.
//
//   <script type="module" src="https://cdn.example/cxkit/dist/cdn/loader.js"></script>
//   <cx-provider base-url="/api"><cx-customer-card customer-id="c_1"></cx-customer-card></cx-provider>
//
// Elements inside shadow roots are out of a document observer's reach: cxkit's own widgets load
// what they nest, and a host that puts cx tags in its own shadow roots calls `discover(root)`.

export { configure, getConfig, type CxConfig } from './core/config.js';
export { VERSION } from './core/version.js';
export { CxApiError, isCxApiError, type CxApiErrorKind } from './api/errors.js';

/** Each widget's define module by tag: the folder `components/<name>/` defines `<cx-<name>>`. */
const DEFINERS: Record<string, () => Promise<unknown>> = Object.fromEntries(
  Object.entries(import.meta.glob('./components/*/define.ts')).map(([path, load]) => [
    `cx-${path.split('/')[2]}`,
    load,
  ]),
);

/** Every tag this loader can define. */
export const TAGS: readonly string[] = Object.keys(DEFINERS);

const requested = new Set<string>();

/** Fetches and registers `tag`'s widget, once; resolves when it is defined. */
export function load(tag: string): Promise<CustomElementConstructor> {
  const define = DEFINERS[tag];
  if (!define) return Promise.reject(new Error(`cxkit: no widget is called <${tag}>`));
  if (!requested.has(tag)) {
    requested.add(tag);
    define().catch((error: unknown) => {
      requested.delete(tag); // a failed fetch (offline, a redeploy) is tried again on the next sighting
      console.error(`cxkit: could not load <${tag}>`, error);
    });
  }
  return customElements.whenDefined(tag);
}

/** Loads every cx tag in `root` (and `root` itself) that is not defined yet. */
export function discover(root: ParentNode | Element): void {
  const found =
    root instanceof Element
      ? [root, ...root.querySelectorAll(':not(:defined)')]
      : [...root.querySelectorAll(':not(:defined)')];
  for (const element of found) {
    const tag = element.localName;
    if (tag.startsWith('cx-') && DEFINERS[tag] && !customElements.get(tag)) void load(tag);
  }
}

if (typeof document !== 'undefined') {
  discover(document);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
