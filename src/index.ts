// cxkit: classes, types and configuration. Importing this registers nothing; import
// `cxkit/define.js` (or a component's `define.js`) to register the elements.

export { VERSION } from './core/version.js';
export { configure, getConfig, type CxConfig } from './core/config.js';
export { defineElement } from './core/define.js';
export { CxElement } from './core/cx-element.js';
export { CxEvent, CxErrorEvent, type CxErrorDetail } from './core/events.js';
export type { CxTheme } from './core/theme.js';
export type { CxScope } from './core/scope.js';
export type { Messages, SupportedLanguage } from './core/localize/messages.js';
export { LocalizeController, matchLanguage, SUPPORTED_LANGUAGES } from './core/localize/localize.js';
export {
  formatCalendarDate,
  formatDate,
  formatDateTime,
  formatDuration,
  formatFileSize,
  formatNumber,
  formatRelativeTime,
} from './core/format.js';
export { CHANNELS, PRIORITIES, TICKET_STATUSES } from './core/vocabulary.js';
export type { KnownChannel, KnownPriority, KnownTicketStatus } from './core/vocabulary.js';
export { CxProvider } from './components/provider/provider.js';

// The host-API contract and data layer.
export * from './api/schemas.js';
export * from './api/conversation-schemas.js';
export * from './api/live-schemas.js';
export * from './api/case-schemas.js';
export * from './api/interaction-schemas.js';
export type * from './api/types.js';
export type {
  AddNoteOptions,
  CallOptions,
  ConversationActionOptions,
  CreateTicketOptions,
  CxDataSource,
  LiveStatus,
  OptionalOperation,
  SubscribeOptions,
  UpdateOptions,
  UploadOptions,
} from './api/data-source.js';
export {
  CxApiError,
  isCxApiError,
  kindForStatus,
  type CxApiErrorKind,
  type FieldError,
} from './api/errors.js';
export {
  createRestDataSource,
  type RestDataSourceOptions,
  type RetryOptions,
} from './api/rest-data-source.js';
export { CxClient, createClient, cxKeys, type CxDataOptions } from './api/client.js';
export { QueryController, PagedQueryController } from './api/query-controller.js';
export { CxAuthRequiredEvent } from './api/events.js';

// Widgets.
export { CxTicketHistory, type TicketHistoryFilters } from './components/ticket-history/ticket-history.js';
export {
  CxTicketOpenEvent,
  CxTicketHistoryLoadEvent,
  CxViewAllTicketsEvent,
} from './components/ticket-history/events.js';
export { CxTicketDetail } from './components/ticket-detail/ticket-detail.js';
export { CxCustomerCard } from './components/customer-card/customer-card.js';
export {
  CxCustomerUpdatedEvent,
  CxActivityStartEvent,
  type CxActivityKind,
} from './components/customer-card/events.js';
export type {
  CustomerFieldConfig,
  CustomerFieldOption,
  CustomerFieldType,
} from './components/customer-card/fields.js';
export { CxCaseFlyout } from './components/case-flyout/case-flyout.js';
export {
  CxConversationQueue,
  parseQueueView,
  serializeQueueView,
  type ConversationQueueFilters,
  type QueueTab,
  type QueueView,
} from './components/conversation-queue/conversation-queue.js';
export {
  CxConversationOpenEvent,
  CxConversationAssignedEvent,
  CxQueueViewChangeEvent,
} from './components/conversation-queue/events.js';
export {
  CxInteractionLog,
  parseLogView,
  serializeLogView,
  type ColumnChoice,
  type ColumnId,
  type InteractionLogFilters,
  type LogSort,
} from './components/interaction-log/interaction-log.js';
export {
  CxInteractionOpenEvent,
  CxLogColumnsChangeEvent,
  CxLogViewChangeEvent,
} from './components/interaction-log/events.js';
export {
  CxCaseCreatedEvent,
  CxCaseExpandEvent,
  CxCaseUpdatedEvent,
  CxFlyoutCloseEvent,
  type CxFlyoutCloseReason,
} from './components/case-flyout/events.js';
export type { CaseDraft, DraftFile, DraftNote } from './components/case-flyout/drafts.js';
export { clearCaseDrafts } from './components/case-flyout/draft-keeper.js';
