import { defineElement } from '../../core/define.js';
import { CxTicketDetail } from './ticket-detail.js';

defineElement('cx-ticket-detail', CxTicketDetail);

export { CxTicketDetail };
