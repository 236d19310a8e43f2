// The single-file CDN bundle: every element registered, and the whole API exported, e.g.
// <script type="module">import { configure } from 'https://…/cxkit.js'; configure({ baseUrl: '/api' });</script>
import './define.js';

export * from './index.js';
