import { expect } from '@open-wc/testing';

describe('cxkit/define.js', () => {
  it('registers every element; the ticket detail (with the sanitizer) once the page is idle', async () => {
    await import('./define.js');
    expect(customElements.get('cx-provider')).to.be.a('function');
    expect(customElements.get('cx-ticket-history')).to.be.a('function');
    const detail = await Promise.race([
      customElements.whenDefined('cx-ticket-detail').then(() => 'defined'),
      new Promise((resolve) => setTimeout(() => resolve('timed out'), 5000)),
    ]);
    expect(detail).to.equal('defined');
  });
});
