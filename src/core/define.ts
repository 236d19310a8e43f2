import { VERSION } from './version.js';

/** A custom element class that says which cxkit version it belongs to. */
interface VersionedConstructor extends CustomElementConstructor {
  cxVersion?: string;
}

/**
 * This copy of cxkit, as opposed to another one on the same page (a CDN script and a bundle, say,
 * or two bundles each with their own). The registry of which copy holds which tag is page-wide.
 */
const THIS_COPY = `cxkit ${VERSION} (${Math.random().toString(36).slice(2, 8)})`;
const registryKey = Symbol.for('cxkit.registered-by');
function registry(): Map<string, string> {
  const store = globalThis as { [registryKey]?: Map<string, string> };
  return (store[registryKey] ??= new Map());
}

/** Set by config.ts: whether this copy was configured (without importing it here: no cycle). */
let configuredHere: () => boolean = () => false;
export function onLostRegistration(check: () => boolean): void {
  configuredHere = check;
}

/** A cx tag this copy does not hold, and the copy that does; undefined when all are this copy's. */
export function elementsOfAnotherCopy(): { tag: string; owner: string } | undefined {
  for (const [tag, owner] of registry()) if (owner !== THIS_COPY) return { tag, owner };
  return undefined;
}

/**
 * Registers `tagName` once. A page may load cxkit twice (a CDN script and a bundle, say):
 * registering the same class again is a no-op, and a different class (another copy or version)
 * keeps the tag it already holds, with a warning instead of the DOMException `define` would throw.
 * Does nothing where there is no custom-element registry (a server importing the module).
 */
export function defineElement(tagName: string, constructor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const existing = customElements.get(tagName) as VersionedConstructor | undefined;
  if (!existing) {
    customElements.define(tagName, constructor);
    registry().set(tagName, THIS_COPY);
    return;
  }
  if (existing === constructor) return;
  const registeredBy = registry().get(tagName);
  const holder =
    registeredBy && registeredBy !== THIS_COPY
      ? registeredBy
      : existing.cxVersion
        ? `cxkit ${existing.cxVersion}`
        : 'another script';
  console.warn(
    `cxkit: <${tagName}> is already defined by ${holder}; this copy (${THIS_COPY}) was not registered. ` +
      'Load cxkit once per page to avoid mixing versions.' +
      (configuredHere()
        ? " configure() was called on this copy, so the widgets on the page (the other copy's) do not see that configuration."
        : ''),
  );
}
