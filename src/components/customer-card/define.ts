import { defineElement } from '../../core/define.js';
import { CxCustomerCard } from './customer-card.js';

defineElement('cx-customer-card', CxCustomerCard);

export { CxCustomerCard };
