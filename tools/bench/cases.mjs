// What the harness measures per provider: the only provider knowledge in tools/bench. Everything
// goes through each SDK's public entry (`createX(options)` with `baseURL` and `fetch`, a method
// call, core's `paginate` re-exported by the SDK), so the harness survives a restructuring of the
// SDKs' internals. Answers are recorded from the mock server (`@x/mock-servers`), which answers
// what the providers' documents say; `prefer` picks the documented example where the mock has one.

/** Deep-ish copy of a JSON value. */
const copy = (value) => JSON.parse(JSON.stringify(value));

/** `count` items made from the template (the documented item), each with its own position. */
function itemsFrom(template, count, offset) {
  return Array.from({ length: count }, (_, i) => ({ ...copy(template), ...('id' in template && typeof template.id === 'number' ? { id: offset + i + 1 } : {}) }));
}

/**
 * Paging: `method` is the paged list (its first page is recorded), `walk` (default: core's
 * `paginate(method, input)` re-exported by the SDK) is the SDK's documented way to walk every page,
 * `input` is the first page's input (page size at the provider's maximum), `items` the
 * dotted path of the item list in a page, `page(template, n, items, last)` writes page `n` of
 * `last` into a copy of the recorded first page, and `next(body, n, count)` is the hand-written
 * loop's end rule, as the provider's document states it (`undefined`: stop).
 */
export const cases = [
  {
    name: 'b2motor',
    pkg: '@x/b2motor',
    mock: 'b2motor',
    create: (sdk, { baseURL, fetch }) => sdk.createB2motor({ login: 'demo', password: 'demo', baseURL, fetch }),
    call: (client, options) => client.search.product({ article: '01089', brand: 'Febi' }, options),
    prefer: 'example=doc-example',
    // b2motor has no paged endpoint.
  },
  {
    name: 'omarket',
    pkg: '@x/omarket',
    mock: 'omarket',
    create: (sdk, { baseURL, fetch }) => sdk.createOmarket({ apiKey: 'omarket-mock-api-key-0000000000000', baseURL, fetch }),
    setup: (client) => client.login({ msisdn: '996709920328', password: 'omarket-demo' }),
    call: (client, options) => client.ads.list({}, options),
    prefer: 'example=doc-example',
    paging: {
      method: (client) => client.ads.list,
      input: {},
      perPage: 100,
      items: 'result.results',
      page(template, n, items, last) {
        const body = copy(template);
        body.result = { ...body.result, count: last * items.length, next: n < last ? String(n + 1) : null, previous: n > 1 ? String(n - 1) : null, results: items };
        return body;
      },
      next: (body) => (body.result.next ? Number(body.result.next) : undefined),
    },
  },
  {
    name: 'onliner-second',
    pkg: '@x/onliner-second',
    mock: 'onliner-second',
    create: (sdk, { baseURL, fetch }) =>
      sdk.createOnlinerSecond({ clientId: 'demo-client', clientSecret: 'demo-secret', baseURL, authURL: `${baseURL}/_auth`, uploadURL: `${baseURL}/_upload`, fetch }),
    call: (client, options) => client.offers.list({ limit: 50 }, options),
    prefer: 'example=doc-example',
    paging: {
      method: (client) => client.offers.list,
      input: { limit: 50 },
      perPage: 50,
      items: 'offers',
      page(template, n, items, last) {
        const body = copy(template);
        body.offers = items;
        body.total = last * items.length;
        body.page = { ...body.page, limit: items.length, items: items.length, current: n, last };
        return body;
      },
      next: (body) => (body.page.current < body.page.last ? body.page.current + 1 : undefined),
    },
  },
  {
    name: '7offers',
    pkg: '@x/7offers',
    mock: '7offers',
    create: (sdk, { baseURL, fetch }) => sdk.createSevenOffers({ baseURL, fetch }),
    call: (client, options) => client.goal.list({ offer_id: 1 }, options),
    paging: {
      method: (client) => client.goal.list,
      // 7offers documents `resource.all(filter)` as its walk (core's paginate underneath).
      walk: (sdk, client, input) => client.goal.all(input),
      input: { offer_id: 1, per_page: 100 },
      perPage: 100,
      items: 'objects',
      page(template, n, items, last) {
        const body = copy(template);
        const list = n <= last ? items : [];
        return { ...body, objects: list, page: n, per_page: items.length, total_count: last * items.length, page_count: last };
      },
      // The end signal 7offers documents: an empty page.
      next: (body, n, count) => (count === 0 ? undefined : n + 1),
    },
  },
  {
    name: 'quince',
    pkg: '@x/quince',
    mock: 'quince',
    create: (sdk, { baseURL, fetch }) => sdk.createQuince({ baseURL, auth: { header: 'Authorization', value: 'Bearer quince-demo-key' }, fetch }),
    call: (client, options) => client.services.list({ filter: { ParentFolder: 110, PriceType: [339] }, page: 1 }, options),
    prefer: 'example=doc-example',
    paging: {
      method: (client) => client.services.list,
      input: { filter: { ParentFolder: 110, PriceType: [339] } },
      perPage: 100,
      items: 'data',
      page(template, n, items, last) {
        const body = copy(template);
        body.data = n <= last ? items : [];
        return body;
      },
      // Quince pages hold exactly 100 items: a shorter page is the last.
      next: (body, n, count) => (count < 100 ? undefined : n + 1),
    },
  },
];

/** Read a dotted path from a value. */
export function getPath(value, path) {
  let current = value;
  for (const segment of path.split('.')) current = current?.[segment];
  return current;
}

/** Page `n` of a provider's 10,000-item walk, as the bytes the replay server answers. */
export function pageText(providerCase, template, n, total = 10_000) {
  const { perPage, items: path } = providerCase.paging;
  const last = Math.ceil(total / perPage);
  const first = getPath(template, path)?.[0];
  if (first === undefined) throw new Error(`${providerCase.name}: the recorded page has no item at "${path}" to repeat`);
  const items = n <= last ? itemsFrom(first, perPage, (n - 1) * perPage) : [];
  return JSON.stringify(providerCase.paging.page(template, n, items, last));
}
