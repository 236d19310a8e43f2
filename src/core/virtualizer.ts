// The long lists' lazy chunk: the virtualizer and its flow layout.
export { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
// Passed to virtualize() explicitly: by default the virtualizer fetches it with a request of its own.
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
