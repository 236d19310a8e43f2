import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { QueryController, type ClientHost } from '../../api/query-controller.js';
import type { Customer, Page, Versioned } from '../../api/types.js';
import { HostState } from '../../core/host-state.js';
import { announce } from '../../core/interactions/announcer.js';
import { ComboboxController } from '../../core/interactions/combobox.js';
import type { Messages } from '../../core/localize/messages.js';
import { renderInlineProblem, type ErrorWording } from '../../core/states.js';
import { describedBy, fieldError, type FieldErrors } from './form-fields.js';
import type { FlyoutMessages } from './strings.js';

// Who the case is for: a combobox that searches the customers as the agent types (debounced, the
// latest answer only), and the prefilled customer's name looked up when only the id was given.

const SEARCH_DEBOUNCE_MS = 250;

export interface CustomerLookupHost extends ClientHost {
  readonly messages: Messages;
  readonly flyoutText: FlyoutMessages;
  readonly wording: ErrorWording;
  /** The draft's customer (id '' when none is chosen). */
  readonly customer: { id: string; name: string };
  /** The agent chose a customer, typed over the chosen one (id ''), or the prefilled one's name arrived. */
  setCustomer(id: string, name: string): void;
}

export class CustomerLookup implements ReactiveController {
  /** The box's text: the chosen customer's name, or what is being typed. */
  private readonly text: HostState<string>;
  private readonly box: ComboboxController;
  private readonly search: QueryController<Page<Customer>>;
  private readonly prefilled: QueryController<Versioned<Customer>>;

  constructor(private readonly host: CustomerLookupHost) {
    host.addController(this);
    this.text = new HostState(host, host.customer.name);
    this.box = new ComboboxController(host, {
      debounceMs: SEARCH_DEBOUNCE_MS,
      count: () => this.options.length,
      state: () => ({ loading: this.search.isLoading, error: this.search.error }),
      choose: (index) => this.choose(this.options[index]!),
      // The query reads the box's (debounced) text at the update this asks for.
      search: () => host.requestUpdate(),
    });
    this.search = new QueryController(host, (client, language) =>
      this.box.query ? client.customerSearch(this.box.query, 8, language) : undefined,
    );
    this.prefilled = new QueryController(host, (client, language) =>
      host.customer.id && !host.customer.name ? client.customer(host.customer.id, language) : undefined,
    );
  }

  /** Before each render: the prefilled customer's name, once it arrives, fills the box. */
  hostUpdate(): void {
    const found = this.prefilled.data?.data;
    const { id, name } = this.host.customer;
    if (found && !name && id === found.id) {
      this.text.value = found.name;
      this.host.setCustomer(found.id, found.name);
    }
  }

  /** The draft's customer changed from outside the box (a restored or a fresh draft). */
  show(name: string): void {
    this.text.value = name;
    this.box.reset();
  }

  /** Closes the list (the flyout closed). */
  reset(): void {
    this.box.reset();
  }

  private get options(): Customer[] {
    return this.box.query ? (this.search.data?.items ?? []) : [];
  }

  private onInput(event: InputEvent): void {
    this.text.value = (event.target as HTMLInputElement).value;
    // Typing over a chosen customer un-chooses it: the case must name who it is for.
    if (this.host.customer.id) this.host.setCustomer('', '');
    this.box.onInput(event);
  }

  private choose(customer: Customer): void {
    this.text.value = customer.name;
    this.box.reset();
    this.host.setCustomer(customer.id, customer.name);
  }

  render(errors: FieldErrors): TemplateResult {
    const { flyoutText: flyout } = this.host;
    const { box, options } = this;
    const status = box.status;
    // A failed search is no empty result: "No results" would say the customer does not exist.
    const expanded = box.expanded && status !== 'error';
    const said =
      status === 'loading'
        ? flyout.searching
        : status === 'results'
          ? flyout.resultCount(options.length)
          : status === 'empty'
            ? flyout.noResults
            : '';
    return html`<div class="field combobox" @focusout=${box.onFocusOut}>
      <label for="customer-input" id="customer-label"
        >${flyout.customer} <span aria-hidden="true">*</span></label
      >
      <input
        id="customer-input"
        class="cx-input"
        type="text"
        role="combobox"
        aria-labelledby="customer-label"
        autocomplete="off"
        aria-autocomplete="list"
        aria-required="true"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="customer-listbox"
        aria-activedescendant=${expanded && box.active >= 0 ? `customer-option-${box.active}` : nothing}
        aria-invalid=${errors.customerId ? 'true' : 'false'}
        aria-describedby=${describedBy(errors, 'customerId')}
        placeholder=${flyout.customerPlaceholder}
        .value=${live(this.text.value)}
        @input=${(event: InputEvent) => this.onInput(event)}
        @keydown=${box.onKeydown}
      />
      <ul
        id="customer-listbox"
        role="listbox"
        aria-label=${flyout.customer}
        class="options"
        ?hidden=${!expanded}
      >
        ${options.map(
          (customer, index) =>
            // Options are chosen from the keyboard on the input (aria-activedescendant); the click is for pointers.
            // eslint-disable-next-line lit-a11y/click-events-have-key-events
            html`<li
              id=${`customer-option-${index}`}
              role="option"
              aria-selected=${index === box.active ? 'true' : 'false'}
              class=${index === box.active ? 'active' : ''}
              @mousedown=${box.preventPointerFocus}
              @click=${() => box.pick(index)}
            >
              <span class="option-name"><bdi>${customer.name}</bdi></span>
              ${customer.email ? html`<span class="option-detail"><bdi>${customer.email}</bdi></span>` : nothing}
            </li>`,
        )}
        ${expanded && status === 'loading' ? html`<li class="searching" aria-disabled="true">${flyout.searching}</li>` : nothing}
        ${expanded && status === 'empty' ? html`<li class="no-results" aria-disabled="true">${flyout.noResults}</li>` : nothing}
      </ul>
      ${expanded ? announce(said) : nothing}
      ${
        status === 'error'
          ? renderInlineProblem({
              what: this.host.messages.searchFailed,
              error: this.search.error,
              wording: this.host.wording,
              retry: () => void this.search.refetch(),
            })
          : nothing
      }
      ${fieldError(errors, 'customerId')}
    </div>`;
  }
}
