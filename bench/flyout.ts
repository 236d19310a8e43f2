// Bench page for <cx-case-flyout>: the time from `show()` to an interactive flyout (the title field
// focused and the editor mounted, painted), once its form and editor chunks are cached. The first
// open, which fetches them, is reported beside it (see report()). With
// `?memory` it only exposes `window.benchCycles(n)`, for the runner's heap readings.
import '../src/components/provider/define.js';
import '../src/components/case-flyout/define.js';
import type { CxProvider } from '../src/index.js';
import { benchDataSource, median, report } from './fixtures.js';

const OPENINGS = 20;
const stage = document.getElementById('stage')!;
const NOW = new Date().toISOString();

const provider = document.createElement('cx-provider') as CxProvider;
provider.dataSource = {
  ...benchDataSource([]),
  getCustomer: async (id) => ({
    data: {
      id,
      name: 'Anna Kowalska',
      labels: [],
      channels: [],
      attributes: {},
      createdAt: NOW,
      updatedAt: NOW,
    },
    version: '"v1"',
  }),
  getLookups: async () => ({
    reasons: [
      { id: 'r_1', label: 'Delivery' },
      { id: 'r_2', label: 'Billing' },
    ],
    results: [],
    tags: [],
  }),
};
const button = document.createElement('button');
button.textContent = 'New case';
const flyout = document.createElement('cx-case-flyout');
flyout.anchor = button;
flyout.customerId = 'c_1';
provider.append(button, flyout);
stage.append(provider);

const interactive = () =>
  new Promise<void>((resolve) => {
    const check = () => {
      const root = flyout.shadowRoot!;
      if (root.activeElement?.id === 'subject-input' && root.querySelector('.rich-text')) resolve();
      else requestAnimationFrame(check);
    };
    check();
  });
const afterPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

async function openOnce(): Promise<number> {
  const start = performance.now();
  await flyout.show();
  await interactive();
  await afterPaint();
  const elapsed = performance.now() - start;
  await flyout.hide();
  await afterPaint();
  return elapsed;
}

/** Opens and closes the flyout `count` times (the memory measurement drives this from the runner). */
async function benchCycles(count: number): Promise<void> {
  for (let index = 0; index < count; index += 1) await openOnce();
}

if (new URLSearchParams(location.search).has('memory')) {
  Object.assign(window, { benchCycles, benchReady: true });
} else {
  const firstOpen = await openOnce();
  const times: number[] = [];
  for (let index = 0; index < OPENINGS; index += 1) times.push(await openOnce());
  report({ firstOpen, showToInteractive: median(times) });
}
