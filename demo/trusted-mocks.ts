// Trusted Types: `navigator.serviceWorker.register()` is a script sink, so registering the sandbox's
// mock backend needs a TrustedScriptURL. MSW passes a plain string, which the browser hands to the
// page's default policy. This one accepts the mock worker's URL and nothing else. A real host page has
// no mock worker and needs no such policy; the widgets bring their own (lit-html, dompurify).

const MOCK_WORKER = new URL('../mockServiceWorker.js', location.href).pathname;

/** Lets exactly the mock service worker be registered on a page that enforces Trusted Types. */
export function allowMockWorker(): void {
  const factory = (window as { trustedTypes?: TrustedTypePolicyFactoryLike }).trustedTypes;
  if (!factory) return; // browsers without Trusted Types enforce nothing
  factory.createPolicy('default', {
    createScriptURL(url: string) {
      if (new URL(url, location.href).pathname === MOCK_WORKER) return url;
      throw new TypeError(`cxkit sandbox: refused a script URL: ${url}`);
    },
  });
}

interface TrustedTypePolicyFactoryLike {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): unknown;
}
