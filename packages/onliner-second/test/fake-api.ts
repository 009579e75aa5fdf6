// A fake `fetch` for unit tests: records every request and answers through a route function.
// Not a mock of the provider (that lives in @x/mock-servers): just enough to test the client.

/** A request as the fake saw it. */
export interface Recorded {
  method: string;
  url: URL;
  headers: Headers;
  /** Text for JSON and form bodies, FormData for multipart, undefined for GET. */
  body: string | FormData | undefined;
}

/** A JSON response. */
export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });
}

/** Build a fake fetch from a route; `requests` lists what was sent, oldest first. */
export function fakeFetch(route: (request: Recorded) => Response | Promise<Response>) {
  const requests: Recorded[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const type = request.headers.get('content-type') ?? '';
    const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : type.includes('multipart/form-data') ? await request.formData() : await request.text();
    const recorded: Recorded = { method: request.method, url: new URL(request.url), headers: request.headers, body };
    requests.push(recorded);
    return route(recorded);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** Whether a recorded request went to the token endpoint. */
export const isTokenRequest = (r: Recorded): boolean => r.url.pathname.endsWith('/oauth/token');

/**
 * A fake Onliner: the token endpoint issues `access-token-1`, `access-token-2`, … with
 * `expiresIn`; everything else goes to `api` (which sees the bearer token of the request).
 */
export function fakeOnliner(api: (request: Recorded, token: string | undefined) => Response | Promise<Response>, options: { expiresIn?: number; tokenDelayMs?: number } = {}) {
  let issued = 0;
  const fake = fakeFetch(async (request) => {
    if (isTokenRequest(request)) {
      if (options.tokenDelayMs) await new Promise((resolve) => setTimeout(resolve, options.tokenDelayMs));
      issued++;
      return json(200, { access_token: `access-token-${issued}`, expires_in: options.expiresIn ?? 3600, token_type: 'Bearer' });
    }
    const token = /^Bearer (.+)$/.exec(request.headers.get('authorization') ?? '')?.[1] ?? request.url.searchParams.get('token') ?? undefined;
    return api(request, token);
  });
  return {
    ...fake,
    /** Token requests made so far. */
    get tokenRequests(): number {
      return fake.requests.filter(isTokenRequest).length;
    },
    /** Requests other than token requests. */
    get apiRequests(): Recorded[] {
      return fake.requests.filter((r) => !isTokenRequest(r));
    },
  };
}

/** An envelope of GET /shop/offers with the given ids on one page. */
export function offersPage(ids: string[], page = 1, last = 1) {
  return { offers: ids.map((id) => ({ id, status: 'approved', reason: null })), total: ids.length, page: { limit: 50, items: ids.length, current: page, last } };
}

/** A valid offer (the doc's, with one photo). */
export function validOffer(id = 'aszx98DD') {
  return {
    id,
    product: { category: 'Велосипеды', vendor: 'Orbea', model: 'Alma H50 27.5 (2015)' },
    price: { amount: 1250, currency: 'BYN' },
    location: { geo_town_id: 17030 },
    contact: { name: 'Александр', phones: ['+375295181888'], call_time: [9, 18] as [number, number] },
    condition: 10,
    description: 'Продам велосипед ORBEA ALMA H50',
    delivery: { available_for_country: true },
    photos: [{ '1280x1280': 'https://content.onliner.by/baralog/1684694/x1280/e1ffcd1e6d8dc975e1457a1e01e8aeab.jpeg' }],
  };
}
