import { expect } from '@open-wc/testing';
import { latencyMs, scenarioFromSearch, DEFAULT_SCENARIO } from './scenario.js';

describe('mock scenarios from URL parameters', () => {
  it('reads latency, error rate and flags', () => {
    expect(
      scenarioFromSearch(
        '?mock-latency=300&mock-error-rate=0.25&mock-offline&mock-empty=0&mock-huge=1&mock-malformed=true',
      ),
    ).to.deep.equal({
      latency: 300,
      errorRate: 0.25,
      offline: true,
      malformed: true,
      empty: false,
      huge: true,
    });
    expect(scenarioFromSearch('mock-latency=100-900')).to.deep.equal({ latency: [100, 900] });
    expect(scenarioFromSearch('mock-error-rate=7&other=1')).to.deep.equal({});
  });

  it('draws random latency within its range', () => {
    for (let i = 0; i < 20; i += 1) {
      const value = latencyMs({ ...DEFAULT_SCENARIO, latency: [100, 200] });
      expect(value).to.be.within(100, 200);
    }
    expect(latencyMs({ ...DEFAULT_SCENARIO, latency: 50 })).to.equal(50);
  });
});
