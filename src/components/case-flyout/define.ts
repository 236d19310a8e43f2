import { defineElement } from '../../core/define.js';
import { CxCaseFlyout } from './case-flyout.js';

defineElement('cx-case-flyout', CxCaseFlyout);

export { CxCaseFlyout };
