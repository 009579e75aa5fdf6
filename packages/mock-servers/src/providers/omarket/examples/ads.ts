// Documented O!Market examples: ads (list, detail, drafts, updates, deletion, filters) and my-ads.
import type { endpoints } from '@x/omarket/endpoints';
import type { ExamplesFor } from '../../../types';
import { docCarsCategory, docDraft, docDraftAd, docListedAd, docMakeFilter, filterPage, ladaFilterRepairs, ok, OMARKET_MOCK_ERRORS } from './documented';

/** Ads and my-ads: documented examples by endpoint. */
export const adsExamples = {
  'ads.list': [
    {
      name: 'doc-example',
      source: 'seed 002 "Список обьявлений": [RESPONSES] 200',
      note: 'Repaired: trailing comma after `"previous": null`; `"id": 531` printed twice in `category`; the promotion img URL has no closing quote and `promotion_type` no `}`; `author.location` has no `}`; `"username"` printed twice; the avatar URL runs off the line (closed as printed, so it is truncated); `contact_number` has no comma and `author` no `}`; the `. . .` placeholder for more ads is removed, and the missing `]`, `}` and comma before `resultCode` are added.',
      response: { status: 200, body: { result: { count: 208, next: 2, previous: null, results: [docListedAd] }, ...ok } },
    },
    {
      name: 'expired-access-token',
      source: 'constructed: seed 002 says access tokens live 30 minutes; the peers treat HTTP 403 as "token invalid/expired"',
      note: 'The `detail` body is an assumption (Django REST framework style). The mock answers this to any protected call whose token is unknown or past its 30 minutes on the mock clock.',
      response: { status: 403, body: OMARKET_MOCK_ERRORS.badToken },
      error: { kind: 'auth', reason: 'token_rejected' },
    },
  ],
  'ads.get': [
    {
      name: 'doc-example',
      source: 'seed 002 "Детали обьявления": [RESPONSES] 200',
      note: 'Repaired: the outer `{` before `"result"` is missing; `"filters":[` is never closed (read as `[]`); `"parent":null` printed twice in `category`; `"location": \\{` has a stray backslash; `contact_number` has no comma and `author` no `}`; `"images":[` is never closed (read as `[]`). The request uuid is the draft\'s own.',
      request: { path: { uuid: '15f83777-df64-4819-8996-78eda3066a14' } },
      response: { status: 200, body: { result: docDraft, ...ok } },
    },
  ],
  'ads.createDraft': [
    {
      name: 'doc-example',
      source: 'seed 002 "Создание объявления": [RESPONSES] 200',
      note: 'Printed as valid JSON.',
      response: { status: 200, body: { result: '15f83777-df64-4819-8996-78eda3066a14', ...ok } },
    },
  ],
  'ads.update': [
    {
      name: 'doc-example',
      source: 'seed 002 "Редактирование объявления": the body in the Request data table and 200',
      note: 'Response repaired: the outer `{` is missing; `}` and a comma are missing after the expanded filter and `]` after `filters`; in the parent category `"пате"` is read as `name` (OCR, Q5), `"category_type"` is printed twice, `"linked_category":[` and `"filters":[` are unclosed (read as `[]`); `"linked_category":[` of the category itself is unclosed (`[]`); its filter list ends `7,` at a page break (kept as [11, 6, 15, 222, 7]); `has_dynamic_filter: 11` is kept as printed (Q3); `location` and `author.location` have no `}`; `contact_number` has no comma and `author` no `}`; `"images":[` and `"minify_images":[` are unclosed (`[]`); `currency_usd` has no `}` and the closing `}` is missing.',
      request: {
        path: { uuid: '15f83777-df64-4819-8996-78eda3066a14' },
        body: { title: 'UBUNTU CAR AD [BIG SALE]', price: 1010101, currency: 'som', category: 2, filters: [{ filter_id: 11, value: '4304' }], location: 1 },
      },
      response: {
        status: 200,
        body: {
          result: {
            ...docDraftAd,
            filters: [{ id: 17509, value: '4304', filter_id: 11, filter: docMakeFilter, list_value: ['Toyota'] }],
            title: 'UBUNTU CAR AD [BIG SALE]',
            price: '1010101',
            old_price: null,
            status: 'moderate',
            created_at: '2022-09-15T16:25:00.085000',
            opening_at: '2022-09-16T11:00:00',
            price_sort: '1010101.0000',
            modified_at: '2022-09-15T16:25:00.538654',
            category: docCarsCategory,
            location: { id: 1, name: 'Бишкек', location_type: 'town', order_num: 1, is_popular: false, parent: 2, search_by_name: 'Бишкекте издоо' },
            review_count: 0,
          },
          resultCode: 'SUCCESS',
          details: 'Updated',
          errorCode: 0,
        },
      },
    },
  ],
  'ads.delete': [
    {
      name: 'doc-example',
      source: 'seed 002 "Удаление обьявления": 200',
      note: 'Printed as valid JSON. The request uuid is the doc\'s draft.',
      request: { path: { uuid: '15f83777-df64-4819-8996-78eda3066a14' } },
      response: { status: 200, body: { result: [], resultCode: 'SUCCESS', details: 'Deleted', errorCode: 0 } },
    },
  ],
  'ads.filter': [
    {
      name: 'peer-example',
      source: 'constructed: the request is the peers\' ads-filter-old body (category_id and q, ?page); the response is seed 002\'s ads-filter answer (the same card page)',
      note: `Undocumented endpoint. ${ladaFilterRepairs}`,
      request: { query: { page: 1 }, body: { main_filters: { category_id: 2, q: 'Lada' } } },
      response: { status: 200, body: filterPage },
    },
  ],
  'ads.filterDocumented': [
    {
      name: 'doc-example',
      source: 'seed 002 "Объявления по категориям": Reques Body and [RESPONSES] 200',
      note: `Request repaired: the \`// not required\` and \`// здесь указывать категорию\` comments are removed; each category filter is missing its opening \`{\` and each array value its closing \`]\`, the range value its \`}\`. Documented as GET with this body; sent as POST (decision 0103). ${ladaFilterRepairs}`,
      request: {
        body: {
          main_filters: { order_by: 'new', category_id: 2, location_id: 1, pics: true, with_discount: true, delivery: true, contract_price: true },
          category_filters: [
            { filter_id: 6, value: ['25'] },
            { filter_id: 7, value: '10' },
            { filter_id: 11, value: ['23', '64'] },
            { filter_id: 15, value: { from: 3.9, to: 5 } },
            { filter_id: 41, value: ['71'] },
          ],
        },
      },
      response: { status: 200, body: filterPage },
    },
  ],
  'user.myAds': [
    {
      name: 'doc-example',
      source: 'seed 002 "Получение своих объявлений": Body and 200',
      note: 'Request repaired: the closing `}` is missing. Response repaired: the outer `{` is missing; the card\'s `{` is missing; `author` and `location` have no `}`; `"minify_images":[` is unclosed (`[]`); the `// И ДРУГИЕ` ("and others") placeholder is removed (count 4 kept as printed); `}` after `result` and the comma before `resultCode` are added.',
      request: { body: { statuses: ['active', 'cancelled', 'moderate', 'disabled'] } },
      response: {
        status: 200,
        body: {
          result: {
            count: 4,
            next: null,
            previous: null,
            results: [
              {
                id: 22985,
                uuid: '974e91c3-a585-476f-8cfc-a6846b1c9302',
                title: 'MY new OBV of saling UBUNTU car',
                address: '',
                o_money_pay: false,
                price: '500100',
                latitude: null,
                longitude: null,
                contract_price: false,
                currency: 'som',
                description: '',
                status: 'active',
                modified_at: '2022-09-15T17:33:34.207823',
                is_own: true,
                category: { name: 'Автомобили' },
                author: { verified: false },
                favorite: false,
                location: { name: 'Бишкек' },
                minify_images: [],
                view_count: 2,
                currency_usd: 81.0462,
                promotion_type: { type: null },
              },
            ],
          },
          ...ok,
        },
      },
    },
  ],
} as const satisfies Partial<ExamplesFor<typeof endpoints>>;
