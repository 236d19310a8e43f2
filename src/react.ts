// `cxkit/react`: React components for every cxkit element, made with @lit/react (install it beside
// React: it is an optional peer dependency). Props are the elements' properties (typed, set as
// properties, so arrays and objects pass as they are), and each `cx-*` event is an `onCx…` prop with
// its typed event. Importing this module registers every element; `cxkit/react/<name>` (for example
// `cxkit/react/ticket-history`) wraps and registers one, so a page carries only what it uses.

export { CxCaseFlyout } from './components/case-flyout/react.js';
export { CxConversationQueue } from './components/conversation-queue/react.js';
export { CxCustomerCard } from './components/customer-card/react.js';
export { CxInteractionLog } from './components/interaction-log/react.js';
export { CxProvider } from './components/provider/react.js';
export { CxTicketDetail } from './components/ticket-detail/react.js';
export { CxTicketHistory } from './components/ticket-history/react.js';
