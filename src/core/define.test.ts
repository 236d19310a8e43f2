import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from './define.js';
import { VERSION } from './version.js';
import { CxErrorEvent } from './events.js';
import { nextEvent } from '../test-support/events.js';
import '../test-support/test-widget.js';
import type { CxTestWidget } from '../test-support/test-widget.js';

function captureWarnings(run: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('registers a tag once and ignores the same class again', () => {
    class First extends LitElement {}
    const warnings = captureWarnings(() => {
      defineElement('cx-define-once', First);
      defineElement('cx-define-once', First);
    });
    expect(customElements.get('cx-define-once')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('keeps the first registration and warns, naming both versions, when another copy arrives', () => {
    class Original extends LitElement {
      static cxVersion = '0.0.9';
    }
    class Newcomer extends LitElement {}
    defineElement('cx-define-clash', Original);
    const warnings = captureWarnings(() => defineElement('cx-define-clash', Newcomer));
    expect(customElements.get('cx-define-clash')).to.equal(Original);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0]))
      .to.contain('<cx-define-clash>')
      .and.contain('cxkit 0.0.9')
      .and.contain(VERSION);
  });

  it('says "another script" when the holder is not cxkit', () => {
    class Foreign extends HTMLElement {}
    customElements.define('cx-define-foreign', Foreign);
    const warnings = captureWarnings(() => defineElement('cx-define-foreign', class extends HTMLElement {}));
    expect(String(warnings[0]![0])).to.contain('another script');
  });

  it('matches the version in package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});

describe('emit and typed events', () => {
  it('dispatches bubbling, composed events that cross shadow roots', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    const widget = document.createElement('cx-test-widget') as CxTestWidget;
    shadow.append(widget);
    let targetAtDocument: EventTarget | null = null;
    const received = nextEvent(document, 'cx-test-ping');
    document.addEventListener('cx-test-ping', (event) => (targetAtDocument = event.target), { once: true });
    expect(widget.ping(3)).to.equal(true);
    const event = await received;
    expect(event.detail.count).to.equal(3);
    expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    // Retargeted to the outer host at document level: the event left the shadow root.
    expect(targetAtDocument === host).to.equal(true);
  });

  it('returns false when a listener cancels the event', async () => {
    const widget = await fixture<CxTestWidget>(html`<cx-test-widget></cx-test-widget>`);
    widget.addEventListener('cx-test-ping', (event) => event.preventDefault(), { once: true });
    expect(widget.ping(1)).to.equal(false);
  });

  it('builds cx-error with the error and a message', () => {
    const failure = new Error('boom');
    const event = new CxErrorEvent(failure);
    expect(event.type).to.equal('cx-error');
    expect(event.detail).to.deep.equal({ error: failure, message: 'boom' });
    expect(new CxErrorEvent('plain').detail.message).to.equal('plain');
    expect(event.cancelable).to.equal(false);
  });
});
