import { expect } from '@open-wc/testing';
import { worker } from './browser.js';
import { MOCK_API_BASE } from './handlers.js';

describe('mock backend in the browser', () => {
  before(() => worker.start({ quiet: true, onUnhandledFrame: 'error' }));
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('answers GET /me through the service worker', async () => {
    const response = await fetch(`${MOCK_API_BASE}/me`);
    expect(response.status).to.equal(200);
    expect(await response.json()).to.deep.include({ id: 'a_1', name: 'Ploy Srisuk' });
  });
});
