import { http, HttpResponse } from 'msw';

/** Base path the mock backend answers on; the demo and tests point the REST data source here. */
export const MOCK_API_BASE = '/api';

// The full contract's handlers arrive with the data layer; until then the sandbox has `GET /me`
// so that it proves MSW intercepts requests in the browser.
export const handlers = [
  http.get(`${MOCK_API_BASE}/me`, () =>
    HttpResponse.json({ id: 'a_1', name: 'Ploy Srisuk', avatarUrl: null }),
  ),
];
