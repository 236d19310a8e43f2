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
