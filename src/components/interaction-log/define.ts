import { defineElement } from '../../core/define.js';
import { CxInteractionLog } from './interaction-log.js';

defineElement('cx-interaction-log', CxInteractionLog);

export { CxInteractionLog };
