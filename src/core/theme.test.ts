import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../test-support/wait.js';
import { emulateMedia } from '@web/test-runner-commands';
import '../test-support/test-widget.js';
import '../components/provider/define.js';
import type { CxTestWidget } from '../test-support/test-widget.js';
import type { CxProvider } from '../components/provider/provider.js';
import { configure, resetConfig } from './config.js';

const surface = (el: CxTestWidget) =>
  getComputedStyle(el.shadowRoot!.querySelector('.surface')!).backgroundColor;
const LIGHT_BG = 'rgb(255, 255, 255)';
const DARK_BG = 'rgb(22, 24, 29)';

function hexToRgb(hex: string): [number, number, number] {
  const value = hex.trim().replace('#', '');
  return [0, 2, 4].map((start) => parseInt(value.slice(start, start + 2), 16)) as [number, number, number];
}
function luminance([r, g, b]: [number, number, number]): number {
  const [R, G, B] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R! + 0.7152 * G! + 0.0722 * B!;
}
function contrast(foreground: string, background: string): number {
  const [a, b] = [luminance(hexToRgb(foreground)), luminance(hexToRgb(background))];
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const TEXT_PAIRS: [text: string, background: string][] = [
  ['--_text', '--_bg'],
  ['--_text', '--_bg-subtle'],
  ['--_text-muted', '--_bg'],
  ['--_text-muted', '--_bg-subtle'],
  ['--_accent', '--_bg'],
  ['--_accent-text', '--_accent'],
  ['--_danger', '--_bg'],
  ['--_danger', '--_danger-bg'],
  ['--_success', '--_bg'],
  ['--_warning', '--_bg'],
  ['--_ai-text', '--_ai-bg'],
  ...['new', 'open', 'pending', 'on-hold', 'resolved', 'closed'].map(
    (status) => [`--_status-${status}-text`, `--_status-${status}-bg`] as [string, string],
  ),
  ...['low', 'normal', 'high', 'urgent'].map(
    (priority) => [`--_priority-${priority}-text`, `--_priority-${priority}-bg`] as [string, string],
  ),
];

describe('themes', () => {
  afterEach(async () => {
    resetConfig();
    await emulateMedia({ colorScheme: 'light' });
  });

  it('is light by default and dark when asked, through a custom state', async () => {
    const el = await fixture<CxTestWidget>(html`<cx-test-widget></cx-test-widget>`);
    expect(surface(el)).to.equal(LIGHT_BG);
    expect(el.matches(':state(light)')).to.equal(true);
    el.theme = 'dark';
    await el.updateComplete;
    expect(surface(el)).to.equal(DARK_BG);
    expect(el.matches(':state(dark)') && !el.matches(':state(light)')).to.equal(true);
    expect(el.hasAttribute('theme')).to.equal(false);
  });

  it('takes the provider’s theme unless it sets its own, and follows provider changes', async () => {
    const provider = await fixture<CxProvider>(html`
      <cx-provider theme="dark">
        <cx-test-widget id="inherits"></cx-test-widget>
        <cx-test-widget id="own" theme="light"></cx-test-widget>
      </cx-provider>
    `);
    const inherits = provider.querySelector<CxTestWidget>('#inherits')!;
    const own = provider.querySelector<CxTestWidget>('#own')!;
    await Promise.all([inherits.updateComplete, own.updateComplete]);
    expect(surface(inherits)).to.equal(DARK_BG);
    expect(surface(own)).to.equal(LIGHT_BG);

    provider.theme = 'light';
    await provider.updateComplete;
    await inherits.updateComplete;
    expect(surface(inherits)).to.equal(LIGHT_BG);
  });

  it('uses the nearest of nested providers', async () => {
    const outer = await fixture<CxProvider>(html`
      <cx-provider theme="dark"
        ><cx-provider theme="light"><cx-test-widget></cx-test-widget></cx-provider
      ></cx-provider>
    `);
    const el = outer.querySelector('cx-test-widget')!;
    await el.updateComplete;
    expect(el.resolved.scheme).to.equal('light');
  });

  it('takes the configure() default and follows it', async () => {
    const el = await fixture<CxTestWidget>(html`<cx-test-widget></cx-test-widget>`);
    configure({ theme: 'dark' });
    await el.updateComplete;
    expect(surface(el)).to.equal(DARK_BG);
  });

  it('follows the operating system in auto', async () => {
    const el = await fixture<CxTestWidget>(html`<cx-test-widget theme="auto"></cx-test-widget>`);
    expect(el.resolved.scheme).to.equal('light');
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => el.resolved.scheme === 'dark', 'follows the system to dark');
    await el.updateComplete;
    expect(surface(el)).to.equal(DARK_BG);
  });

  it('lets integrators override tokens from any ancestor', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div><cx-test-widget theme="dark"></cx-test-widget></div>`,
    );
    wrapper.style.setProperty('--cx-color-bg', '#123456');
    const el = wrapper.querySelector('cx-test-widget')!;
    await el.updateComplete;
    expect(surface(el)).to.equal('rgb(18, 52, 86)');
  });

  it('inherits the host page’s font', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><cx-test-widget></cx-test-widget></div>`);
    wrapper.style.fontFamily = 'Georgia, serif';
    const el = wrapper.querySelector('cx-test-widget')!;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.surface')!).fontFamily).to.equal('Georgia, serif');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`meets WCAG AA contrast for every text colour pair in ${theme}`, async () => {
      const el = await fixture<CxTestWidget>(html`<cx-test-widget theme=${theme}></cx-test-widget>`);
      const styles = getComputedStyle(el);
      const failures = TEXT_PAIRS.map(([text, background]) => ({
        pair: `${text} on ${background}`,
        ratio: contrast(styles.getPropertyValue(text), styles.getPropertyValue(background)),
      })).filter(({ ratio }) => !(ratio >= 4.5));
      expect(failures).to.deep.equal([]);
    });
  }
});
