import { html, render } from 'lit';
import { applyScenarioFromUrl, mockControl, worker } from '../mocks/browser.js';
import { configure } from '../src/core/config.js';
import type { CxTheme } from '../src/index.js';

// What every sandbox page shares: the mock backend (MSW in the browser), the widgets, the page
// navigation, and the language and theme switches in the header.

/** Starts the mock backend and defines the widgets; resolves once widgets can fetch. */
export async function startSandbox(): Promise<void> {
  // Conditions from the URL (`?mock-latency=800&mock-error-rate=0.2&mock-offline&mock-malformed`);
  // `window.cxMock` changes them at run time from the console.
  renderHeader();
  applyScenarioFromUrl();
  Object.assign(window, { cxMock: mockControl });
  await worker.start({
    quiet: true,
    onUnhandledFrame: 'bypass',
    // Relative, so the built sandbox works from any folder of any static file server.
    serviceWorker: { url: new URL('../mockServiceWorker.js', location.href).pathname },
  });
  // Language and theme first: widgets defined after them render in them from their first paint.
  wireHeader();
  await import('../src/define.js');
}

/** The header every page shares: the pages, and the language and theme switches. */
export function renderHeader(): void {
  render(
    html`<span class="demo-brand">cxkit sandbox</span>
      <nav class="demo-nav" aria-label="Sandbox pages">
        <a href="./index.html">Helpdesk</a>
        <a href="./crm.html">CRM</a>
        <a href="./inbox.html">Inbox</a>
        <a href="./log.html">Interaction log</a>
        <a href="./playground.html">Playground</a>
        <a href="./secure.html">Strict CSP</a>
        <a href="./hostile-input.html">Hostile input</a>
        <a href="./react.html">React</a>
        <a href="./vue.html">Vue</a>
        <a href="./api.html">API contract</a>
      </nav>
      <form class="demo-controls" aria-label="Sandbox settings">
        <label
          >Language
          <select id="language">
            <option value="en">English</option>
            <option value="th">ไทย</option>
            <option value="id">Bahasa Indonesia</option>
            <option value="pl">Polski</option>
          </select>
        </label>
        <label
          >Theme
          <select id="theme">
            <option value="light">Light</option>
            <option value="dark">Dark</option>
            <option value="auto">Auto</option>
            <option value="custom">Custom tokens</option>
          </select>
        </label>
      </form>`,
    document.querySelector('.demo-header')!,
  );
}

/** Marks the current page in the navigation and makes the language and theme switches work. */
export function wireHeader(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.demo-nav a')) {
    if (new URL(link.href).pathname === location.pathname) link.setAttribute('aria-current', 'page');
  }
  const language = document.querySelector<HTMLSelectElement>('#language');
  const theme = document.querySelector<HTMLSelectElement>('#theme');
  const saved = { lang: localStorage.getItem('cx-demo-lang'), theme: localStorage.getItem('cx-demo-theme') };
  if (language) {
    const apply = () => {
      document.documentElement.lang = language.value;
      localStorage.setItem('cx-demo-lang', language.value);
    };
    if (saved.lang) language.value = saved.lang;
    apply();
    language.addEventListener('change', apply);
  }
  if (theme) {
    const apply = () => {
      // Globally, so widgets rendered later (by React or Vue) follow too.
      configure({ theme: (theme.value === 'custom' ? 'light' : theme.value) as CxTheme });
      const dark =
        theme.value === 'dark' ||
        (theme.value === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
      document.documentElement.dataset.theme = dark ? 'dark' : 'light';
      // Custom tokens come from a class in demo.css (no inline styles: the sandbox keeps a strict CSP).
      document.documentElement.classList.toggle('custom-tokens', theme.value === 'custom');
      localStorage.setItem('cx-demo-theme', theme.value);
    };
    if (saved.theme && [...theme.options].some((option) => option.value === saved.theme))
      theme.value = saved.theme;
    apply();
    theme.addEventListener('change', apply);
  }
}

/**
 * Keeps a widget's view (its filters, tab, sort) in the page's address, as a host would: the
 * widget opens on the address's view, and each change replaces it. The sandbox's own parameters
 * (`mock-…`, the mock scenario's) stay beside it.
 */
export function followAddress(widget: HTMLElement & { view?: string }, changeEvent: string): void {
  const scenarioKeys = [...new URLSearchParams(location.search).keys()].filter((key) =>
    key.startsWith('mock-'),
  );
  widget.view = location.search.slice(1);
  widget.addEventListener(changeEvent, (event) => {
    const params = new URLSearchParams((event as CustomEvent<{ view: string }>).detail.view);
    const current = new URLSearchParams(location.search);
    for (const key of scenarioKeys) for (const value of current.getAll(key)) params.append(key, value);
    const search = params.toString();
    history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
  });
}
