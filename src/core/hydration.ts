/**
 * Whether `host` arrived with a shadow root a server rendered (declarative shadow DOM, kept by Lit's
 * hydration support) and has not rendered since. Its first update hydrates that markup, which must
 * then be what the server rendered: English, with no data (a server has neither the page's `lang`
 * nor the widget's data source). Controllers hold their language and data until that update is
 * done, then catch up with an ordinary update. Without Lit's hydration support the browser empties
 * the root when the element attaches it, and this is false.
 */
export function awaitsHydration(host: HTMLElement & { hasUpdated?: boolean }): boolean {
  return host.hasUpdated === false && Boolean(host.shadowRoot?.hasChildNodes());
}
