import { defineElement } from '../../core/define.js';
import { CxTicketHistory } from './ticket-history.js';

defineElement('cx-ticket-history', CxTicketHistory);

export { CxTicketHistory };
