import { fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { CxDataSource } from '../api/data-source.js';
import type { CxProvider } from '../components/provider/provider.js';
import '../components/provider/define.js';

/**
 * Mounts `<tag attributes>` inside a `<cx-provider>` on the mock API, the attributes parsed from a
 * string as an integrator writes them in HTML. One widget on screen at a time: a virtualized list
 * below the viewport rightly renders no rows. `dataSource`, when given, replaces the provider's
 * default REST source (for other timeouts or retries).
 */
export async function mountInProvider<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: string,
  lang = 'en',
  dataSource?: CxDataSource,
): Promise<HTMLElementTagNameMap[K]> {
  fixtureCleanup();
  const provider = await fixture<CxProvider>(
    html`<cx-provider base-url="/api" lang=${lang} .dataSource=${dataSource}></cx-provider>`,
  );
  const template = document.createElement('template');
  template.setHTMLUnsafe(`<${tag} ${attributes}></${tag}>`);
  provider.replaceChildren(template.content);
  const element = provider.querySelector(tag)!;
  await (element as unknown as { updateComplete?: Promise<unknown> }).updateComplete;
  return element;
}
