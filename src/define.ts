// Registers every cxkit element. This is what the CDN bundle and the demo import.
import './components/provider/define.js';

export * from './index.js';
