import type { Interaction, InteractionPatch } from '../../api/types.js';
import { CxEvent } from '../../core/events.js';
import type { ColumnChoice } from './log-columns.js';
import type { InteractionLogFilters, LogSort } from './log-view.js';

/**
 * Fired before the log shows a service record in place. Cancel it (`preventDefault()`) to open the
 * record in the host's own view; the log then stays on the grid.
 */
export class CxInteractionOpenEvent extends CxEvent<{ interaction: Interaction }> {
  constructor(interaction: Interaction) {
    super('cx-interaction-open', { interaction }, { cancelable: true });
  }
}

/**
 * Fired when the filters or the sort change. `view` is the same as a query string
 * (`channel=voice&sla=breached&sort=handleSeconds&order=desc`): put it in the page's address and give
 * it back as the `view` attribute to open the log as it was.
 */
export class CxLogViewChangeEvent extends CxEvent<{
  filters: InteractionLogFilters;
  sort: LogSort;
  view: string;
}> {
  constructor(detail: CxLogViewChangeEvent['detail']) {
    super('cx-log-view-change', detail);
  }
}

/** Fired when the agent shows, hides or reorders columns: keep `columns` to give it back next time. */
export class CxLogColumnsChangeEvent extends CxEvent<{ columns: ColumnChoice }> {
  constructor(columns: ColumnChoice) {
    super('cx-log-columns-change', { columns });
  }
}

/** Fired when the server has taken a supervisor's sentiment or CSAT. `changes`: what was set. */
export class CxInteractionUpdatedEvent extends CxEvent<{
  interaction: Interaction;
  changes: InteractionPatch;
}> {
  constructor(interaction: Interaction, changes: InteractionPatch) {
    super('cx-interaction-updated', { interaction, changes });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'cx-interaction-open': CxInteractionOpenEvent;
    'cx-log-view-change': CxLogViewChangeEvent;
    'cx-log-columns-change': CxLogColumnsChangeEvent;
    'cx-interaction-updated': CxInteractionUpdatedEvent;
  }
}
