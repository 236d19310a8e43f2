import { defineElement } from '../../core/define.js';
import { CxProvider } from './provider.js';

defineElement('cx-provider', CxProvider);

export { CxProvider };
