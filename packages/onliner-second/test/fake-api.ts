// A fake Onliner for unit tests, on top of `scriptedFetch` from `@x/core/testing`: the token
// endpoint issues numbered tokens, everything else goes to a route function.
// Not a mock of the provider (that lives in @x/mock-servers): just enough to test the client.
import { setTimeout as delay } from 'node:timers/promises';
import { scriptedFetch, type RecordedRequest, type ScriptedReply } from '@x/core/testing';

/** Whether a recorded request went to the token endpoint. */
export const isTokenRequest = (r: RecordedRequest): boolean => r.parsedURL.pathname.endsWith('/oauth/token');

/**
 * A fake Onliner: the token endpoint issues `access-token-1`, `access-token-2`, … with
 * `expiresIn`; everything else goes to `api` (which sees the bearer token of the request, or the
 * `token` query parameter of an upload). `requests` lists what was sent, oldest first.
 */
export function fakeOnliner(api: (request: RecordedRequest, token: string | undefined) => ScriptedReply | Promise<ScriptedReply>, options: { expiresIn?: number; tokenDelayMs?: number } = {}) {
  let issued = 0;
  const fetch = scriptedFetch(async (_request, recorded) => {
    if (isTokenRequest(recorded)) {
      if (options.tokenDelayMs) await delay(options.tokenDelayMs);
      issued++;
      return { body: { access_token: `access-token-${issued}`, expires_in: options.expiresIn ?? 3600, token_type: 'Bearer' } };
    }
    const token = /^Bearer (.+)$/.exec(recorded.headers.authorization ?? '')?.[1] ?? recorded.parsedURL.searchParams.get('token') ?? undefined;
    return api(recorded, token);
  });
  return {
    fetch,
    /** Every request, oldest first (`fetch.calls`). */
    requests: fetch.calls,
    /** Token requests made so far. */
    get tokenRequests(): number {
      return fetch.calls.filter(isTokenRequest).length;
    },
    /** Requests other than token requests. */
    get apiRequests(): RecordedRequest[] {
      return fetch.calls.filter((r) => !isTokenRequest(r));
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
