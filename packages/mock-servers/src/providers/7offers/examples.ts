// Documented 7offers examples (seed 003), keyed by endpoint. The seed prints exactly two answers, both
// errors: `GET /api/geo?api_key=wrongkey` and `GET /api/goal/?offer_id=-123`. Every other example is
// constructed from the REST table and the status-code table, says so in `note`, and matches the
// mock's seeded state. Examples of the opt-in resources are constructed and unverified.
import type { ExamplesFor } from '../../types';
import type { SevenOffersMockEndpoints } from './resources';

const TABLE = 'seed 003: "REST" method table';
const CODES = 'seed 003: "Ответы сервера и ошибки" status-code table';
const CONSTRUCTED = 'Constructed from the table; the docs print no object fields.';
const UNVERIFIED = 'Constructed for an opt-in resource whose slug and fields are unverified.';

const geo = [
  { id: 1, name: 'Россия', code: 'RU' },
  { id: 2, name: 'Беларусь', code: 'BY' },
  { id: 3, name: 'Казахстан', code: 'KZ' },
  { id: 4, name: 'Узбекистан', code: 'UZ' },
  { id: 5, name: 'Армения', code: 'AM' },
];

const notFound = (source: string, body?: Record<string, string>) =>
  ({
    name: 'not-found',
    source,
    note: 'The docs give the status (404 "object not found") but no body; the mock words it "Not found".',
    request: { path: { id: 999 }, ...(body ? { body } : {}) },
    response: { status: 404, body: { error: 'Not found' } },
    error: { kind: 'not_found', reason: 'not_found' },
  }) as const;

/** Every 7offers endpoint's documented (or constructed) examples. */
export const sevenOffersExamples = {
  'geo.list': [
    {
      name: 'doc-wrong-key',
      source: 'seed 003: "Ответы сервера и ошибки", first example (GET /api/geo?api_key=wrongkey)',
      note: 'The status is from the status-code table (401: the API key is wrong).',
      request: { query: { api_key: 'wrongkey' } },
      response: { status: 401, body: { error: 'Unauthorized' } },
      error: { kind: 'auth', reason: 'unauthorized' },
    },
    {
      name: 'list',
      source: TABLE,
      note: `${CONSTRUCTED} The paging fields appear because the mock pages every list it declares paged.`,
      response: { status: 200, body: { objects: geo, total_count: 5, per_page: 100, page: 1 } },
    },
    {
      name: 'error-in-200',
      source: 'seed 003: "Общее правило": an answer with an error field failed, whatever its status',
      note: 'Constructed: an error field inside an HTTP 200.',
      response: { status: 200, body: { error: 'Service temporarily unavailable' } },
      error: { kind: 'api', reason: 'error_in_body' },
    },
  ],
  'geo.view': [
    { name: 'view', source: TABLE, note: CONSTRUCTED, request: { path: { id: 1 } }, response: { status: 200, body: { object: geo[0]! } } },
    notFound(CODES),
  ],
  'goal.list': [
    {
      name: 'doc-offer-not-found',
      source: 'seed 003: "Ответы сервера и ошибки", second example (GET /api/goal/?offer_id=-123)',
      note: 'The docs give no status for this answer; the mock uses 400 (bad request parameters), fact sheet Q5.',
      request: { query: { offer_id: '-123' } },
      response: { status: 400, body: { error: { offer_id: ['Offers not found'] } } },
      error: { kind: 'api', reason: 'bad_request' },
    },
    {
      name: 'page-2',
      source: `${TABLE} and "list" paging (page, per_page, total_count)`,
      note: `${CONSTRUCTED} Offer 1 has 12 goals: page 2 of 10 holds the last two.`,
      request: { query: { offer_id: '1', per_page: '10', page: '2' } },
      response: {
        status: 200,
        body: {
          objects: [
            { id: 11, offer_id: 1, title: 'Оплата заказа 11', value: 200 },
            { id: 12, offer_id: 1, title: 'Повторная покупка 12', value: 210 },
          ],
          total_count: 12,
          per_page: 10,
          page: 2,
        },
      },
    },
    {
      name: 'past-the-end',
      source: '"list" paging: "increase page and wait for an empty objects field"',
      note: CONSTRUCTED,
      request: { query: { offer_id: '1', per_page: '10', page: '3' } },
      response: { status: 200, body: { objects: [], total_count: 12, per_page: 10, page: 3 } },
    },
    {
      name: 'per-page-out-of-range',
      source: '"list" paging: per_page from 10 to 100',
      note: 'Constructed: what the mock answers to a per_page outside 10–100 (the SDK rejects it before sending). The docs give no wording.',
      response: { status: 400, body: { error: { per_page: ['per_page must be between 10 and 100'] } } },
      error: { kind: 'api', reason: 'bad_request' },
    },
  ],
  'goal.view': [
    { name: 'view', source: TABLE, note: CONSTRUCTED, request: { path: { id: 1 } }, response: { status: 200, body: { object: { id: 1, offer_id: 1, title: 'Покупка 1', value: 100 } } } },
    notFound(CODES),
  ],
  'goal.create': [
    {
      name: 'create',
      source: `${TABLE} ("create": HTTP 201, id in created)`,
      note: CONSTRUCTED,
      request: { body: { offer_id: '1', title: 'Регистрация' } },
      response: { status: 201, body: { created: 26 } },
    },
    {
      name: 'wrong-role',
      source: `${CODES} (403: no permission for this method on this resource)`,
      note: 'Constructed: a webmaster key creating a goal. The docs give no wording; the mock says "Forbidden".',
      request: { body: { offer_id: '1', title: 'Регистрация' } },
      response: { status: 403, body: { error: 'Forbidden' } },
      error: { kind: 'api', reason: 'forbidden' },
    },
    {
      name: 'missing-title',
      source: `${CODES} (400) and the field-error shape of the offer_id example`,
      note: 'Constructed: the mock requires offer_id and title to create a goal (an assumption).',
      request: { body: { offer_id: '1' } },
      response: { status: 400, body: { error: { title: ['This field is required'] } } },
      error: { kind: 'api', reason: 'bad_request' },
    },
  ],
  'goal.update': [
    { name: 'update', source: TABLE, note: CONSTRUCTED, request: { path: { id: 1 }, body: { title: 'Покупка (новая ставка)', value: '150' } }, response: { status: 200, body: { updated: 1 } } },
    notFound(CODES, { title: 'Покупка' }),
  ],
  'goal.delete': [
    { name: 'delete', source: TABLE, note: CONSTRUCTED, request: { path: { id: 1 } }, response: { status: 200, body: { deleted: 1 } } },
    {
      name: 'coming-soon',
      source: `${CODES} (501: not implemented yet, coming soon)`,
      note: 'Constructed: the mock answers 501 for methods configured as coming soon. The docs give no wording.',
      request: { path: { id: 1 } },
      response: { status: 501, body: { error: 'Not implemented' } },
      error: { kind: 'api', reason: 'not_implemented' },
    },
    notFound(CODES),
  ],
  'goal.deleteViaPost': [
    {
      name: 'delete',
      source: `${TABLE} ("delete": POST /api/resource/del/id for proxies)`,
      note: CONSTRUCTED,
      request: { path: { id: 1 } },
      response: { status: 200, body: { deleted: 1 } },
    },
  ],
  'offer.list': [
    {
      name: 'list',
      source: TABLE,
      note: UNVERIFIED,
      response: {
        status: 200,
        body: {
          objects: [
            { id: 1, title: 'Интернет-магазин электроники', category_id: 1 },
            { id: 2, title: 'Доставка еды', category_id: 2 },
            { id: 3, title: 'Онлайн-курсы', category_id: 3 },
          ],
          total_count: 3,
          per_page: 100,
          page: 1,
        },
      },
    },
  ],
  'offer.view': [{ name: 'view', source: TABLE, note: UNVERIFIED, request: { path: { id: 2 } }, response: { status: 200, body: { object: { id: 2, title: 'Доставка еды', category_id: 2 } } } }],
  'offer.create': [{ name: 'create', source: TABLE, note: UNVERIFIED, request: { body: { title: 'Новый оффер', category_id: '1' } }, response: { status: 201, body: { created: 4 } } }],
  'offer.update': [{ name: 'update', source: TABLE, note: UNVERIFIED, request: { path: { id: 1 }, body: { title: 'Электроника и техника' } }, response: { status: 200, body: { updated: 1 } } }],
  'lead.list': [
    {
      name: 'list',
      source: TABLE,
      note: `${UNVERIFIED} Status values follow the postback convention (0 waiting, 1 approved, 2 declined).`,
      request: { query: { offer_id: '1' } },
      response: {
        status: 200,
        body: {
          objects: [
            { id: 1, offer_id: 1, goal_id: 1, status: '0', sum: 100 },
            { id: 2, offer_id: 1, goal_id: 2, status: '1', sum: 110 },
          ],
          total_count: 2,
          per_page: 100,
          page: 1,
        },
      },
    },
  ],
  'stat.list': [
    {
      name: 'list',
      source: TABLE,
      note: `${UNVERIFIED} Declared unpaged: no paging fields.`,
      response: {
        status: 200,
        body: {
          objects: [
            { id: 1, date: '2026-03-01', clicks: 120, leads: 4 },
            { id: 2, date: '2026-03-02', clicks: 98, leads: 3 },
          ],
        },
      },
    },
  ],
  'news.list': [
    {
      name: 'list',
      source: TABLE,
      note: UNVERIFIED,
      request: { query: { per_page: '10' } },
      response: {
        status: 200,
        body: {
          objects: [
            { id: 1, title: 'Запущен API', date: '2026-01-15', text: 'API находится на стадии активной разработки.' },
            { id: 2, title: 'Новые офферы', date: '2026-02-01', text: 'В каталоге появились новые офферы.' },
          ],
          total_count: 2,
          per_page: 10,
          page: 1,
        },
      },
    },
  ],
  'news.view': [
    {
      name: 'view',
      source: TABLE,
      note: UNVERIFIED,
      request: { path: { id: 1 } },
      response: { status: 200, body: { object: { id: 1, title: 'Запущен API', date: '2026-01-15', text: 'API находится на стадии активной разработки.' } } },
    },
  ],
  'category.list': [
    {
      name: 'list',
      source: TABLE,
      note: `${UNVERIFIED} Declared unpaged: no paging fields.`,
      response: {
        status: 200,
        body: {
          objects: [
            { id: 1, title: 'Электроника' },
            { id: 2, title: 'Еда' },
            { id: 3, title: 'Образование' },
          ],
        },
      },
    },
  ],
  'promo.list': [
    {
      name: 'list',
      source: TABLE,
      note: UNVERIFIED,
      request: { query: { offer_id: '1' } },
      response: { status: 200, body: { objects: [{ id: 1, offer_id: 1, title: 'Баннер 240x400', url: 'https://7offers.example/promo/1.png' }], total_count: 1, per_page: 100, page: 1 } },
    },
  ],
  'promo.view': [
    {
      name: 'view',
      source: TABLE,
      note: UNVERIFIED,
      request: { path: { id: 2 } },
      response: { status: 200, body: { object: { id: 2, offer_id: 2, title: 'Лендинг', url: 'https://7offers.example/promo/landing' } } },
    },
  ],
  'promo.create': [
    {
      name: 'create',
      source: TABLE,
      note: UNVERIFIED,
      request: { body: { offer_id: '3', title: 'Видео', url: 'https://7offers.example/promo/video' } },
      response: { status: 201, body: { created: 3 } },
    },
  ],
  'promo.update': [{ name: 'update', source: TABLE, note: UNVERIFIED, request: { path: { id: 1 }, body: { title: 'Баннер 300x600' } }, response: { status: 200, body: { updated: 1 } } }],
  'promo.delete': [{ name: 'delete', source: TABLE, note: UNVERIFIED, request: { path: { id: 2 } }, response: { status: 200, body: { deleted: 2 } } }],
  'promo.deleteViaPost': [{ name: 'delete', source: TABLE, note: UNVERIFIED, request: { path: { id: 2 } }, response: { status: 200, body: { deleted: 2 } } }],
} as const satisfies ExamplesFor<SevenOffersMockEndpoints>;
