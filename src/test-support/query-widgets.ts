import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { PagedQueryController, QueryController } from '../api/query-controller.js';
import type { Customer, Ticket, Versioned } from '../api/types.js';
import { CxElement } from '../core/cx-element.js';
import { defineElement } from '../core/define.js';

/** Shows one customer's name through the cache (a stand-in for a real widget). */
export class CxTestCustomer extends CxElement {
  get announcedName(): string {
    return 'CxTestCustomer';
  }

  @property({ attribute: 'customer-id' }) customerId?: string;

  readonly query = new QueryController<Versioned<Customer>>(this, (client) =>
    this.customerId ? client.customer(this.customerId) : undefined,
  );

  protected override render() {
    if (this.query.error) return html`<p class="error">${this.query.error.message}</p>`;
    return html`<p class="name">${this.query.data?.data.name ?? nothing}</p>`;
  }
}

/** Lists a customer's ticket subjects through the cache. */
export class CxTestTickets extends CxElement {
  get announcedName(): string {
    return 'CxTestTickets';
  }

  @property({ attribute: 'customer-id' }) customerId?: string;

  readonly query = new PagedQueryController<Ticket>(this, (client) =>
    this.customerId ? client.tickets({ customerId: this.customerId, limit: 5 }) : undefined,
  );

  protected override render() {
    return html`<ul>
      ${this.query.items.map((ticket) => html`<li>${ticket.subject}</li>`)}
    </ul>`;
  }
}

defineElement('cx-test-customer', CxTestCustomer);
defineElement('cx-test-tickets', CxTestTickets);

declare global {
  interface HTMLElementTagNameMap {
    'cx-test-customer': CxTestCustomer;
    'cx-test-tickets': CxTestTickets;
  }
}
