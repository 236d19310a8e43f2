import { applyScenarioFromUrl, mockControl, worker } from '../mocks/browser.js';
import type { CxTheme } from '../src/index.js';

// The mock backend must be listening before the first widget asks for data. Its conditions come
// from the URL (`?mock-latency=800&mock-error-rate=0.2&mock-offline&mock-malformed&mock-empty`), and
// `window.cxMock` changes them at run time from the console.
applyScenarioFromUrl();
Object.assign(window, { cxMock: mockControl });
await worker.start({
  quiet: true,
  onUnhandledFrame: 'bypass',
  serviceWorker: { url: '/mockServiceWorker.js' },
});
await import('../src/define.js');
await import('./foundation-preview.js');

const status = document.querySelector('#mock-status')!;
const me = (await (await fetch('/api/me')).json()) as { name: string };
status.textContent = `MSW running, signed in as ${me.name}`;

const provider = document.querySelector('cx-provider')!;
const language = document.querySelector<HTMLSelectElement>('#language')!;
const theme = document.querySelector<HTMLSelectElement>('#theme')!;
language.addEventListener('change', () => (document.documentElement.lang = language.value));
theme.addEventListener('change', () => {
  provider.theme = theme.value as CxTheme;
  const dark =
    theme.value === 'dark' || (theme.value === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
});

const flyout = document.querySelector('cx-case-flyout')!;
document.querySelector('#new-case')!.addEventListener('click', () => void flyout.show());
