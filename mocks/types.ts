export type * from '../src/api/types.js';
