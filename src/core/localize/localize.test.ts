import { expect, fixture, html } from '@open-wc/testing';
import { configureLocalization } from '@lit/localize';
import '../../test-support/test-widget.js';
import '../../components/provider/define.js';
import type { CxTestWidget } from '../../test-support/test-widget.js';
import { LocalizeController, SUPPORTED_LANGUAGES, langAt, loadMessages, matchLanguage } from './localize.js';
import { en } from './locales/en.js';
import type { Messages } from './messages.js';
import type { MessageCatalog } from './loader.js';
import { shape, strings } from '../../test-support/locale-shape.js';
import { MessageCatalog as Catalogs } from './loader.js';
// Every widget (a new one is in define.ts), and the parts widgets load lazily: their catalogs
// register themselves as they are made (MessageCatalog.all), so none needs listing here.
import '../../define.js';
import '../../components/ticket-detail/define.js';
import '../../components/case-flyout/case-form.js';

const text = (el: CxTestWidget) => el.shadowRoot!.textContent!.trim();
const localeResources = (language: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(`/locales/${language}.`));

describe('localization', () => {
  afterEach(() => document.documentElement.removeAttribute('lang'));

  it('loads a language only when an element first needs it, and renders it on the first paint', async () => {
    expect(localeResources('pl')).to.have.length(0);
    const el = await fixture<CxTestWidget>(html`<cx-test-widget lang="pl"></cx-test-widget>`);
    expect(text(el)).to.equal('Spróbuj ponownie');
    expect(localeResources('pl')).to.have.length(1);
    // Never rendered in English while Polish was on its way.
    expect(el.renderedLanguages).to.deep.equal(['pl']);
  });

  it('uses the element’s own lang first', async () => {
    const el = await fixture<CxTestWidget>(
      html`<div lang="pl"><cx-test-widget lang="th-TH"></cx-test-widget></div>`,
    ).then((div) => div.querySelector('cx-test-widget')!);
    await el.updateComplete;
    expect(el.resolved.language).to.equal('th');
    expect(text(el)).to.equal('ลองอีกครั้ง');
  });

  it('falls back to the nearest ancestor, then a provider, then <html lang>, then English', async () => {
    document.documentElement.lang = 'id';
    const root = await fixture(html`
      <div>
        <section lang="pl"><cx-test-widget id="ancestor"></cx-test-widget></section>
        <cx-provider lang="th"><cx-test-widget id="provider"></cx-test-widget></cx-provider>
        <cx-test-widget id="page"></cx-test-widget>
      </div>
    `);
    const [ancestor, provider, page] = ['ancestor', 'provider', 'page'].map((id) =>
      root.querySelector<CxTestWidget>(`#${id}`)!,
    );
    await Promise.all([ancestor!.updateComplete, provider!.updateComplete, page!.updateComplete]);
    expect(ancestor!.resolved.language).to.equal('pl');
    expect(provider!.resolved.language).to.equal('th');
    expect(page!.resolved.language).to.equal('id');
    expect(text(page!)).to.equal('Coba lagi');

    document.documentElement.removeAttribute('lang');
    await new Promise((resolve) => setTimeout(resolve));
    await page!.updateComplete;
    expect(page!.resolved.language).to.equal('en');
    expect(text(page!)).to.equal('Try again');
  });

  it('inherits the lang of the host whose shadow root it sits in', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="pl"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const inner = document.createElement('cx-test-widget');
    shadow.append(inner);
    await inner.updateComplete;
    expect(langAt(inner)).to.equal('pl');
    expect(inner.resolved.language).to.equal('pl');
  });

  it('re-renders when its own, an ancestor’s or the page’s lang changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div><cx-test-widget></cx-test-widget></div>`);
    const el = wrapper.querySelector('cx-test-widget')!;
    await el.updateComplete;
    expect(text(el)).to.equal('Try again');

    document.documentElement.lang = 'pl';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('Spróbuj ponownie');

    wrapper.lang = 'id';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('Coba lagi');

    el.lang = 'th';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(text(el)).to.equal('ลองอีกครั้ง');
  });

  it('keeps a valid region for formatting and maps unknown or legacy tags', async () => {
    const el = await fixture<CxTestWidget>(html`<cx-test-widget lang="en-GB"></cx-test-widget>`);
    expect(el.resolved).to.include({ language: 'en', locale: 'en-GB' });
    expect(matchLanguage('in-ID')).to.equal('id');
    expect(matchLanguage('de-CH')).to.equal('en');
    expect(matchLanguage('PL_pl')).to.equal('pl');
    const odd = await fixture<CxTestWidget>(html`<cx-test-widget lang="th_TH@weird"></cx-test-widget>`);
    expect(odd.resolved).to.include({ language: 'th', locale: 'th' });
  });

  it('formats dates in the language the text is in: an unsupported language gets English dates', async () => {
    const el = await fixture<CxTestWidget>(html`<cx-test-widget lang="ar-EG"></cx-test-widget>`);
    expect(el.resolved).to.include({ language: 'en', locale: 'en' });
    const controller = new LocalizeController(el);
    controller.hostConnected();
    const now = Date.parse('2026-03-10T12:00:00Z');
    // English words, not "منذ ساعتين", beside the English text.
    expect(controller.relativeTime(now - 2 * 3600_000, now)).to.equal('2 hours ago');
    controller.hostDisconnected();
  });

  it('coexists with a host page that configured @lit/localize', async () => {
    const { getLocale, setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: {} }),
    });
    await setLocale('de');
    const el = await fixture<CxTestWidget>(html`<cx-test-widget lang="id"></cx-test-widget>`);
    expect(text(el)).to.equal('Coba lagi');
    expect(getLocale()).to.equal('de');
  });
});

/** Every key path of a messages object, with `()` marking functions and their arity. */
describe('LocalizeController formatting', () => {
  it('formats through the element’s locale', async () => {
    const el = await fixture<CxTestWidget>(html`<cx-test-widget lang="pl"></cx-test-widget>`);
    const controller = new LocalizeController(el);
    controller.hostConnected();
    const now = Date.parse('2026-03-10T12:00:00Z');
    expect(controller.relativeTime(now - 2 * 3600_000, now)).to.equal('2 godziny temu');
    expect(controller.duration(61)).to.equal('1 min i 1 sek.');
    expect(controller.number(1234.5)).to.equal('1234,5');
    expect(controller.fileSize(2_000_000)).to.equal('2 MB');
    expect(controller.date(new Date(2026, 0, 5, 12))).to.equal('5 sty 2026');
    expect(controller.dateTime(new Date(2026, 0, 5, 12), { timeStyle: 'short' })).to.equal('12:00');
    expect(controller.dir).to.equal('ltr');
    controller.hostDisconnected();
  });
});

describe('locale completeness', () => {
  // The shared words, then each widget's own catalog (in its folder): every language has every key
  // English has (functions with as many arguments), and no empty string.
  const catalogs = [...Catalogs.all].map(
    (catalog) => [catalog.what, catalog] as [string, MessageCatalog<object>],
  );
  it('finds every widget’s catalog', () => {
    const names = catalogs.map(([name]) => name);
    // The five of the first wave at least: a registry that finds nothing would pass every check below.
    expect(names.length, names.join(', ')).to.be.at.least(5);
  });
  for (const language of SUPPORTED_LANGUAGES) {
    it(`${language} has every key English has, and no empty string`, async () => {
      const messages: Messages = await loadMessages(language);
      expect(messages.$lang).to.equal(language);
      expect(shape(messages).sort()).to.deep.equal(shape(en).sort());
      expect(strings(messages).filter((value) => !value.trim())).to.deep.equal([]);
      for (const [name, catalog] of catalogs) {
        const own = await catalog.load(language);
        // Its own strings, not English standing in for a language that failed to load.
        if (language !== 'en') expect(own, `${name}: ${language} loads`).to.not.equal(catalog.get('en'));
        expect(shape(own).sort(), name).to.deep.equal(shape(catalog.get('en')!).sort());
        expect(
          strings(own).filter((value) => !value.trim()),
          name,
        ).to.deep.equal([]);
      }
    });
  }

  it('uses each language’s plural forms', async () => {
    const pl = await loadMessages('pl');
    expect([1, 2, 5, 22, 25].map(pl.ticketCount)).to.deep.equal([
      '1 zgłoszenie',
      '2 zgłoszenia',
      '5 zgłoszeń',
      '22 zgłoszenia',
      '25 zgłoszeń',
    ]);
    expect([1, 3].map(en.ticketCount)).to.deep.equal(['1 ticket', '3 tickets']);
    expect((await loadMessages('th')).ticketCount(3)).to.equal('3 ทิกเก็ต');
    expect((await loadMessages('id')).ticketCount(3)).to.equal('3 tiket');
  });
});
