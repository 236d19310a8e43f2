// Conditions the mock backend can be put in at run time, for the sandbox's switches and the tests:
// latency, injected failures, malformed or empty payloads, huge data.

export interface MockScenario {
  /** Milliseconds before each answer: fixed, or a random value in [min, max]. */
  latency: number | [min: number, max: number];
  /** Share of requests (0–1) answered with 503. */
  errorRate: number;
  /** Every request fails as if the network were down. */
  offline: boolean;
  /** Successful JSON answers are corrupted so that they break the contract. */
  malformed: boolean;
  /** Every list comes back empty. */
  empty: boolean;
  /** Every customer's ticket history is the 10,000-ticket one. */
  huge: boolean;
  /** The next N ticket creations commit, then their answer is lost (connection dropped). */
  dropCreateResponses: number;
  /** The next N notes are added, then their answer is lost. */
  dropNoteResponses: number;
  /** How long creating a ticket takes on the server, so repeats can arrive while it is in flight. */
  createDelayMs: number;
  /** When set, requests without `Authorization: Bearer <authToken>` get 401. */
  authToken: string | null;
  /** While a live stream is open, the world moves every this many ms (a conversation arrives, a case changes); 0: still. */
  liveIntervalMs: number;
  /** Each live stream is cut after this many changes (the client must reconnect and resume); 0: never. */
  dropStreamAfter: number;
  /** The `retry:` a live stream asks clients to wait before reconnecting, in ms. */
  streamRetryMs: number;
}

export const DEFAULT_SCENARIO: Readonly<MockScenario> = {
  latency: 0,
  errorRate: 0,
  offline: false,
  malformed: false,
  empty: false,
  huge: false,
  dropCreateResponses: 0,
  dropNoteResponses: 0,
  createDelayMs: 100,
  authToken: null,
  liveIntervalMs: 0,
  dropStreamAfter: 0,
  streamRetryMs: 1000,
};

let current: MockScenario = { ...DEFAULT_SCENARIO };

export function getScenario(): Readonly<MockScenario> {
  return current;
}

export function setScenario(patch: Partial<MockScenario>): Readonly<MockScenario> {
  current = { ...current, ...patch };
  return current;
}

export function resetScenario(): void {
  current = { ...DEFAULT_SCENARIO };
}

/**
 * Reads a scenario from URL parameters: `mock-latency=300` or `300-1200`, `mock-error-rate=0.2`,
 * `mock-offline`, `mock-malformed`, `mock-empty`, `mock-huge` (flags: present, `1` or `true`),
 * `mock-live=20000` (the world moves every 20 s while a live stream is open).
 */
export function scenarioFromSearch(search: string): Partial<MockScenario> {
  const params = new URLSearchParams(search);
  const patch: Partial<MockScenario> = {};
  const flag = (name: string) => params.has(name) && !['0', 'false'].includes(params.get(name)!);
  const latency = params.get('mock-latency');
  if (latency) {
    const [min, max] = latency.split('-').map(Number);
    if (Number.isFinite(min)) patch.latency = max !== undefined && Number.isFinite(max) ? [min!, max] : min!;
  }
  const live = Number(params.get('mock-live'));
  if (params.has('mock-live') && live >= 0) patch.liveIntervalMs = live;
  const errorRate = Number(params.get('mock-error-rate'));
  if (params.has('mock-error-rate') && errorRate >= 0 && errorRate <= 1) patch.errorRate = errorRate;
  for (const [param, key] of [
    ['mock-offline', 'offline'],
    ['mock-malformed', 'malformed'],
    ['mock-empty', 'empty'],
    ['mock-huge', 'huge'],
  ] as const) {
    if (params.has(param)) patch[key] = flag(param);
  }
  return patch;
}

export function latencyMs(scenario: MockScenario = current): number {
  const { latency } = scenario;
  return Array.isArray(latency) ? latency[0] + Math.random() * (latency[1] - latency[0]) : latency;
}
