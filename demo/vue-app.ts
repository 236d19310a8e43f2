import { createApp, ref } from 'vue';
import type { CxCaseCreatedEvent, CxCaseFlyout, CxTicketOpenEvent, Ticket } from '../src/index.js';
import { startSandbox } from './shell.js';

// The widgets in a Vue 3 app, as plain custom elements: Vue is told which tags are custom elements,
// binds properties (`:customer-id`, arrays and objects as they are) and listens with `@cx-…`.

const CUSTOMERS = [
  { id: 'c_2', name: 'A regular customer' },
  { id: 'c_10000', name: '10,000 tickets' },
  { id: 'c_empty', name: 'No tickets yet' },
];

const App = {
  setup() {
    const customerId = ref('c_2');
    const opened = ref<Ticket | null>(null);
    const created = ref<string[]>([]);
    const flyout = ref<CxCaseFlyout | null>(null);
    const fields = [{ key: 'name', required: true }, { key: 'email', type: 'email' }, { key: 'company' }];
    return {
      customers: CUSTOMERS,
      customerId,
      opened,
      created,
      flyout,
      fields,
      openTicket(event: CxTicketOpenEvent) {
        // The host shows the ticket itself instead of the panel's drill-in.
        event.preventDefault();
        opened.value = event.detail.ticket;
      },
      caseCreated(event: CxCaseCreatedEvent) {
        created.value = [...created.value, event.detail.ticket.number];
      },
    };
  },
  template: `
    <cx-provider base-url="/api">
      <main class="framework">
        <section class="framework-intro" aria-labelledby="vue-heading">
          <h1 id="vue-heading">Vue 3 with cxkit</h1>
          <label>Customer
            <select id="vue-customer" v-model="customerId">
              <option v-for="customer in customers" :key="customer.id" :value="customer.id">{{ customer.name }}</option>
            </select>
          </label>
          <button id="new-case" type="button" class="demo-button" @click="flyout.show()">New case</button>
          <cx-case-flyout ref="flyout" anchor="new-case" :customer-id="customerId" :draft-key="'vue-' + customerId"
            @cx-case-created="caseCreated"></cx-case-flyout>
          <p id="vue-created" role="status">{{ created.length ? 'Created from Vue: ' + created.join(', ') : 'No case created yet.' }}</p>
        </section>
        <div class="framework-grid">
          <cx-customer-card :customer-id="customerId" :recent-cases="0" :fields="fields"></cx-customer-card>
          <cx-ticket-history :customer-id="customerId" page-size="15" @cx-ticket-open="openTicket"></cx-ticket-history>
          <section class="framework-panel" aria-labelledby="vue-opened-heading">
            <h2 id="vue-opened-heading">Opened in the host app</h2>
            <p id="vue-opened">{{ opened ? opened.number + ': ' + opened.subject : 'Choose a ticket in the history.' }}</p>
          </section>
        </div>
      </main>
    </cx-provider>`,
};

await startSandbox();
const app = createApp(App);
app.config.compilerOptions.isCustomElement = (tag: string) => tag.startsWith('cx-');
app.mount('#vue-root');
