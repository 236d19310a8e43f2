import { expect } from '@open-wc/testing';
import { CxApiError } from '../api/errors.js';

/** Awaits a call that must fail with a CxApiError, and returns that error. */
export async function rejection(promise: Promise<unknown>): Promise<CxApiError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(CxApiError);
    return error as CxApiError;
  }
  throw new Error('expected the call to fail');
}
