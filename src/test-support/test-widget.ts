import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { CxElement } from '../core/cx-element.js';
import { CxEvent } from '../core/events.js';
import { defineElement } from '../core/define.js';
import { renderEmpty, renderError, renderLoading, stateStyles } from '../core/states.js';

/** Fired by the test widget to exercise `emit()`. */
export class CxTestPingEvent extends CxEvent<{ count: number }> {
  constructor(count: number) {
    super('cx-test-ping', { count }, { cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'cx-test-ping': CxTestPingEvent;
  }
  interface HTMLElementTagNameMap {
    'cx-test-widget': CxTestWidget;
  }
}

/** A minimal widget built on the shared infrastructure, for testing it. */
export class CxTestWidget extends CxElement {
  get announcedName(): string {
    return 'CxTestWidget';
  }

  static override styles = [
    CxElement.styles,
    stateStyles,
    css`
      .surface {
        background: var(--_bg);
        color: var(--_text);
      }
    `,
  ];

  @property() view: 'text' | 'loading' | 'empty' | 'error' = 'text';

  /** The language of every render, in order, to prove no render happens before the messages load. */
  renderedLanguages: string[] = [];
  retries = 0;
  emptyActions = 0;

  ping(count: number): boolean {
    return this.emit(new CxTestPingEvent(count));
  }

  /** Exposed for tests: the resolved language, locale and scheme. */
  get resolved() {
    return {
      language: this.localize.language,
      locale: this.localize.locale,
      scheme: this.themeController.scheme,
    };
  }

  protected override render() {
    const messages = this.localize.messages;
    this.renderedLanguages.push(messages.$lang);
    switch (this.view) {
      case 'loading':
        return renderLoading(messages.loading);
      case 'empty':
        return renderEmpty({
          heading: messages.emptyHeading,
          detail: messages.ticketCount(0),
          action: { label: messages.retry, onClick: () => (this.emptyActions += 1) },
        });
      case 'error':
        return renderError({
          heading: messages.errorHeading,
          detail: messages.errorDetailNetwork,
          retry: { label: messages.retry, onClick: () => (this.retries += 1) },
        });
      default:
        return html`<p class="surface">${messages.retry}</p>`;
    }
  }
}

defineElement('cx-test-widget', CxTestWidget);
