import { VERSION } from './version.js';

/** A custom element class that says which cxkit version it belongs to. */
interface VersionedConstructor extends CustomElementConstructor {
  cxVersion?: string;
}

/**
 * Registers `tagName` once. A page may load cxkit twice (a CDN script and a bundle, say):
 * registering the same class again is a no-op, and a different class (another copy or version)
 * keeps the tag it already holds, with a warning instead of the DOMException `define` would throw.
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tagName) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tagName, constructor);
    return;
  }
  if (existing === constructor) return;
  const holder = existing.cxVersion ? `cxkit ${existing.cxVersion}` : 'another script';
  console.warn(
    `cxkit: <${tagName}> is already defined by ${holder}; this copy (cxkit ${VERSION}) was not registered. ` +
      'Load cxkit once per page to avoid mixing versions.',
  );
}
