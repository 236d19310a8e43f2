export type * from '../src/api/types.js';

export interface FieldErrorLike {
  field: string;
  message: string;
}
