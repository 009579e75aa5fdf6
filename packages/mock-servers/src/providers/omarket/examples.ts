// Documented O!Market examples (seed 002), keyed by endpoint. The seed's JSON is broken almost
// everywhere (it was OCRed from a rendered page: fact sheet Q3, Q16): every example below is the
// hand-repaired, valid version, and its `note` lists each repair. Examples the docs do not print
// (error scenarios, the undocumented endpoints, upload requests) are constructed and say so.
import type { endpoints } from '@x/omarket/endpoints';
import type { ExamplesFor } from '../../types';

/** The seeded demo account: jackson, user 6349, the author of the doc's draft and update examples. */
export const OMARKET_DEMO_USER = { id: 6349, msisdn: '996709920328', password: 'omarket-demo' } as const;

/** The registration the examples walk through (a number the seeded state does not know). */
/** The embedded category of a draft that has none yet (as the doc's draft example prints it). */
export const EMPTY_CATEGORY = {
  name: '',
  parent_filters: false,
  delivery: false,
  order_num: null,
  is_popular: false,
  has_map: false,
  required_price: false,
  icon_img: '',
  icon: null,
  dark_icon_img: '',
  dark_icon: null,
  category_type: null,
  parent: null,
  has_dynamic_filter: null,
  linked_category: [] as number[],
};

const newNumber = '996555123456';

/** The FAQ text, joined where the page wrapped it; `0!Маркет`, `З.` and `</р>` are as printed (Q13). */
export const OMARKET_FAQ_CONTENT = 'Модератор платформы 0!Маркет в праве: 1. Переносить объявления в другие категории Платформы в случае выявления более подходящей категории для их размещения; 2. Отказать в публикации объявлений, если они не соответствуют тематике выбранных категорий, либо нарушают настоящее Соглашение, а также ограничивать количество объявлений от одного Пользователя в целях удобства пользования Платформы без объяснения причин. З. Проводить оценку деятельности продавца на соблюдение им требований законодательства, в том числе в части противодействия финансирования террористической деятельности и легализации (отмыванию) преступных доходов и информировать о данной деятельности, при необходимости, ответственные государственные органы</р>';

/** Answers the mock gives where the docs are silent (Django REST framework style, an assumption). */
export const OMARKET_MOCK_ERRORS = {
  apiKey: { detail: 'API key is missing or invalid.' },
  noToken: { detail: 'Authentication credentials were not provided.' },
  badToken: { detail: 'Invalid or expired token.' },
  notFound: { detail: 'Not found.' },
  invalidPage: { detail: 'Invalid page.' },
  wrongPassword: { message: 'Invalid msisdn or password' },
} as const;

const bishkekAuthorLocation = { id: 1, name: 'Бишкек', parent: 2, location_type: 'town' } as const;

const jackson = {
  id: 6349,
  msisdn: '996709920328',
  location: bishkekAuthorLocation,
  verified: false,
  block_type: 'not_blocked',
  username: 'jackson',
  avatar: '',
  rating: 0.0,
  contact_number: '0700111000',
} as const;

const noText = { description: '', address: '', whatsapp_num: '', whatsapp_num_is_ident: false, telegram_profile: '', telegram_profile_is_ident: false, commentary: '' } as const;
const noCoordinates = { latitude: null, longitude: null, moderator_id: null, removed_at: null, published_at: null } as const;
const ok = { resultCode: 'SUCCESS', details: '', errorCode: 0 } as const;

/** The ad of the doc's ads/list example (id 23028, a music ad by SulTanos). */
export const docListedAd = {
  id: 23028,
  filters: [],
  uuid: '2111973e-3b48-4ea3-b0e8-08424de1792d',
  title: 'Test for music 8',
  description: 'This ad for testing',
  ad_type: 'sell',
  author_id: 6443,
  price: '2',
  old_price: '',
  currency: 'som',
  status: 'active',
  delivery: false,
  created_at: '2022-09-09T16:06:05.572833',
  address: 'Bishkekkkk',
  o_money_pay: false,
  whatsapp_num: '996509583000',
  whatsapp_num_is_ident: false,
  removed_at: null,
  opening_at: '2022-09-10T11:00:00',
  contract_price: false,
  commentary: '',
  price_sort: '2.0000',
  published_at: null,
  latitude: null,
  longitude: null,
  moderator_id: null,
  telegram_profile: 'Kulikov',
  telegram_profile_is_ident: false,
  modified_at: '2022-09-09T16:06:05.576252',
  has_image: false,
  category: {
    id: 531,
    name: 'Музыка',
    parent_filters: false,
    delivery: true,
    order_num: 1,
    is_popular: false,
    has_map: false,
    required_price: true,
    icon_img: '',
    icon: null,
    dark_icon_img: '',
    dark_icon: null,
    category_type: '',
    parent: null,
    has_dynamic_filter: null,
    linked_category: [],
    filters: [664, 624, 704, 383],
  },
  detail: 2496,
  location: { id: 1, name: 'Бишкек', location_type: 'town', order_num: 1, is_popular: false, parent: 2, search_by_name: '' },
  promotion_type: {
    id: 1,
    type: 'VIP',
    description: 'VIP 7 дней',
    img: 'https://devminio.o.kg/icons/GPhalsVIVPCvwJaPpnhihwqa82LrAoQVMnDNePCWTyeAp5UTk0.png',
  },
  is_own: false,
  author: {
    id: 6443,
    msisdn: '996509583150',
    location: { id: 448, name: 'Чимген', parent: 102, location_type: 'district' },
    verified: false,
    block_type: 'not_blocked',
    username: 'SulTanos',
    avatar: 'https://devminio.o.kg/media-service/Avatar/2zks5FRbaUuTlGjJ10CoFwWeUtKULlUdSyxo',
    rating: 0.0,
    contact_number: '996509583000',
  },
  favorite: false,
  images: [],
  minify_images: [],
  complaint_count: 0,
  review_count: 0,
  view_count: 0,
  currency_usd: 81.7325,
};

/** The category "Автомобили" (2) under "Транспорт" (1), as the doc's update answer embeds it. */
export const docCarsCategory = {
  id: 2,
  name: 'Автомобили',
  parent_filters: false,
  delivery: true,
  order_num: 3,
  is_popular: false,
  has_map: false,
  required_price: true,
  icon_img: '',
  icon: null,
  dark_icon_img: '',
  dark_icon: null,
  category_type: '',
  parent: {
    id: 1,
    name: 'Транспорт',
    parent_filters: false,
    delivery: true,
    order_num: 0,
    is_popular: false,
    has_map: false,
    required_price: true,
    icon_img: 'https://devminio.o.kg/icons/9rCRWTAr32I4x9qGP1TIiBixa33qHv4Y1alzBuqjTSuLkf1xEu.png',
    icon: '/media/tmp/category_icons/Transports4x.png',
    dark_icon_img: '',
    dark_icon: null,
    category_type: '',
    parent: null,
    has_dynamic_filter: null,
    linked_category: [],
    filters: [],
  },
  has_dynamic_filter: 11,
  linked_category: [],
  filters: [11, 6, 15, 222, 7],
};

/** The expanded make filter (11 = "Маркаку", value 4304 = Toyota) of the doc's update answer. */
export const docMakeFilter = {
  id: 11,
  create_label: 'Маркаку',
  list_label: 'Маркаку',
  create_filter_type: 'select_single',
  list_filter_type: 'select_multiple',
  required: true,
  format: [],
  parent_create_label: null,
  parent_list_label: null,
  splitting_popular: true,
};

/** The doc's draft (ads/<uuid>/ detail example) without `has_complained`. */
const docDraftAd = {
  id: 23088,
  filters: [],
  uuid: '15f83777-df64-4819-8996-78eda3066a14',
  title: '',
  ad_type: '',
  author_id: 6349,
  price: null,
  old_price: '',
  currency: 'som',
  status: 'initial',
  delivery: false,
  created_at: '2022-09-15T10:23:54.269509',
  o_money_pay: false,
  opening_at: null,
  contract_price: false,
  price_sort: null,
  modified_at: '2022-09-15T10:23:54.269764',
  has_image: false,
  ...noText,
  ...noCoordinates,
  category: EMPTY_CATEGORY,
  detail: null,
  location: { name: '', location_type: null, order_num: null, is_popular: false, parent: null },
  promotion_type: null,
  is_own: true,
  author: jackson,
  favorite: false,
  images: [],
  minify_images: [],
  complaint_count: 0,
  review_count: 1,
  view_count: 1,
  currency_usd: 81.7325,
};

/** The doc's draft as ads/<uuid>/ returns it. */
const docDraft = { ...docDraftAd, has_complained: false };

/** The first card of the doc's ads-filter answer (Lada 2107). */
const docLadaCard = {
  id: 23406,
  uuid: '137a4f3f-29ac-4648-8a11-63e559f34d23',
  title: 'Lada 2107',
  address: 'Bishkek',
  o_money_pay: false,
  price: '2500',
  latitude: null,
  longitude: null,
  contract_price: false,
  currency: 'som',
  description: 'продается ваз 2107',
  status: 'active',
  modified_at: '2022-10-07T16:06:05.234043',
  is_own: false,
  category: { name: 'Автомобили' },
  author: { verified: false },
  favorite: false,
  location: { name: 'Бишкек' },
  minify_images: [],
  view_count: 1,
  currency_usd: 81.3922,
  promotion_type: { type: null },
};

const filterPage = { result: { count: 196, next: 2, previous: null, results: [docLadaCard] }, ...ok };

const ladaFilterRepairs =
  'Response repaired: the second card (id 23405, "Lada") is cut off by the page break after `"location":{` and is dropped (count 196 kept as printed); `"minify_images":[ 1,` read as `[]` (an OCRed `]`); missing `}` after `category`, `author`, `location` and `promotion_type` added.';

/** A small JPEG-typed file for the upload examples (the docs print no request for them). */
const photo = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0xff, 0xd9])], 'car.jpg', { type: 'image/jpeg' });

/** Every O!Market endpoint's documented examples. */
export const omarketExamples = {
  'auth.login': [
    {
      name: 'doc-example',
      source: 'seed 002 "Логин": Request data and [RESPONSES] 200',
      note: 'Request: the placeholders 996XXXXXXXXX / XXXXXXX are replaced by the seeded demo account. Response repaired: the access_token string runs off the line (no closing quote, no comma): closed as printed. Its OCR damage (`NjM00S` for `NjM0OS`, fact sheet Q16) is kept: tokens are opaque. The refresh token\'s "....." is the doc\'s own elision, kept.',
      request: { body: { msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password } },
      response: {
        status: 200,
        body: {
          access_token: 'eyJ1c2VyX2lkIjogNjM00SwgInV1aWQi0iAiMmE3ZThiYWUzYmEzNDc4MWI2ZmZhYTAzMTQ0YTE3YTYiLCAiZXhfd',
          refresh_token: '53e6ddf832e449068.....',
        },
      },
    },
    {
      name: 'wrong-password',
      source: 'constructed: seed 002 documents no login error',
      note: 'Status and body are assumptions (the Kotlin peer reads `message` from error bodies). The SDK maps any 400/401/403 of login to an AuthError with reason wrong_credentials, whatever the text.',
      request: { body: { msisdn: OMARKET_DEMO_USER.msisdn, password: 'not-the-password' } },
      response: { status: 400, body: OMARKET_MOCK_ERRORS.wrongPassword },
      error: { kind: 'auth', reason: 'wrong_credentials' },
    },
    {
      name: 'api-key-missing',
      source: 'constructed: seed 002 says only that the API key is mandatory in a header on every request',
      note: 'HTTP 403 follows the peers\' handling of auth failures (fact sheet Q1); the `detail` body is Django REST framework\'s default shape, an assumption. The mock answers this to any request without a valid key.',
      request: { body: { msisdn: OMARKET_DEMO_USER.msisdn, password: OMARKET_DEMO_USER.password } },
      response: { status: 403, body: OMARKET_MOCK_ERRORS.apiKey },
      error: { kind: 'auth', reason: 'api_key_rejected' },
    },
  ],
  'auth.register': [
    {
      name: 'doc-example',
      source: 'seed 002 "Регистрация": Request data and [RESPONSES] 200',
      note: 'Request: the placeholders 996xxxxxxxxx / xxxxxxxxx are replaced by concrete values. Response repaired: `\'SUCCESS\'` in single quotes is the JSON string "SUCCESS" (fact sheet Q4).',
      request: { body: { msisdn: newNumber, password: 'new-password-1', password2: 'new-password-1' } },
      response: { status: 200, body: { success: 'SUCCESS' } },
    },
    {
      name: 'number-exists',
      source: 'seed 002 "Регистрация": [RESPONSES] 400',
      note: 'Printed as valid JSON. Request constructed with the seeded demo number.',
      request: { body: { msisdn: OMARKET_DEMO_USER.msisdn, password: 'new-password-1', password2: 'new-password-1' } },
      response: { status: 400, body: { error: 'номер уже существует в базе О!Маркет. Введите другие данные!' } },
      error: { kind: 'api', reason: 'number_exists' },
    },
  ],
  'auth.checkOtp': [
    {
      name: 'doc-example',
      source: 'seed 002 "Запрос ОТП": Request data and [RESPONSES] 200',
      note: 'Request: the msisdn placeholder has 14 characters (996 + 11 X); a 12-digit number is used. The otp placeholder XXXX is the mock\'s default code 1234. Response repaired: `\'SUCCESS\'` in single quotes (Q4).',
      request: { body: { msisdn: newNumber, otp: '1234' } },
      response: { status: 200, body: { success: 'SUCCESS' } },
    },
    {
      name: 'wrong-otp',
      source: 'seed 002 "Запрос ОТП": [RESPONSES] 400',
      note: 'Printed as valid JSON ("opt" is the provider\'s typo, kept). Request constructed.',
      request: { body: { msisdn: newNumber, otp: '0000' } },
      response: { status: 400, body: { error: 'Not match opt code' } },
      error: { kind: 'api', reason: 'wrong_otp' },
    },
  ],
  'auth.refreshToken': [
    {
      name: 'doc-example',
      source: 'seed 002 "Refresh Token": Request data and 200',
      note: 'Response repaired: the access_token string has no closing quote; closed after the doc\'s "......" elision, kept as printed.',
      request: { body: { refresh_token: '53e6ddf832e4490.....' } },
      response: { status: 200, body: { access_token: 'eyJ1c2VyX2lkIjogNjM00SwgInV1aWQi0iAiMmE3ZThiYWUzYmEzNDc4MWI2ZmZhYTAzMTQ0YTE3YT......' } },
    },
    {
      name: 'unknown-refresh-token',
      source: 'seed 002 "Refresh Token": 400',
      note: 'Printed as valid JSON. The message echoes the refresh token: the SDK redacts it.',
      request: { body: { refresh_token: '53e6ddf832e4490.....' } },
      response: { status: 400, body: { message: 'no such 53e6ddf832e4490..... refresh token found' } },
      error: { kind: 'auth', reason: 'unknown_refresh_token' },
    },
  ],
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
  'ads.uploadImage': [
    {
      name: 'doc-example',
      source: 'seed 002 "Добавление изображение в объявление": [RESPONSES] 200',
      note: 'Response printed as valid JSON. Request constructed: the doc names only the multipart field `image`; a 12-byte JPEG-typed file stands in.',
      request: { path: { uuid: '15f83777-df64-4819-8996-78eda3066a14' }, body: { image: photo } },
      response: {
        status: 200,
        body: { result: { url: 'https://devminio.o.kg/ads/p0Csv7aKyBoY2MN7hanxSEJiiS2Yls7l4ZnNXUtEJNx8R0bgE0.JPEG' }, resultCode: 'SUCCESS', details: 'Uploaded', errorCode: 0 },
      },
    },
  ],
  'ads.removeImage': [
    {
      name: 'doc-example',
      source: 'seed 002 "Удаление изображения из объявления": Body and the first 200',
      note: 'Printed as valid JSON. The table says form-data with a blank parameter name; the example body is JSON `{url}`, which is what is sent (Q12).',
      request: {
        path: { uuid: '15f83777-df64-4819-8996-78eda3066a14' },
        body: { url: 'https://devminio.o.kg/ads/r2hazJBaAjqr2i5sRuWIWL7yu0pHZSSWbIGIpIB2YItjfDIKUF.JPEG' },
      },
      response: { status: 200, body: { result: 'Successfully deleted', ...ok } },
    },
    {
      name: 'image-not-found',
      source: 'seed 002 "Удаление изображения из объявления": the second 200',
      note: 'Printed as valid JSON: a failure with HTTP 200 (assumed) and errorCode 0 (Q6).',
      request: {
        path: { uuid: '15f83777-df64-4819-8996-78eda3066a14' },
        body: { url: 'https://devminio.o.kg/ads/r2hazJBaAjqr2i5sRuWIWL7yu0pHZSSWbIGIpIB2YItjfDIKUF.JPEG' },
      },
      response: { status: 200, body: { result: 'Image not found', resultCode: 'FAIL', details: '', errorCode: 0 } },
      error: { kind: 'not_found', reason: 'image_not_found' },
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
  'user.uploadAvatar': [
    {
      name: 'doc-example',
      source: 'seed 002 "Загрузить аватарку": [RESPONSES] 200',
      note: 'Response printed as valid JSON. Request constructed: a 12-byte JPEG-typed file in the multipart field `image`.',
      request: { body: { image: photo } },
      response: {
        status: 200,
        body: { result: { url: 'https://devminio.o.kg/ads-avatar/V5iD63PFKuOwGDzxldpbwG6vxnC91dUjvuMMsXeG5WdvxsMv4j.jpeg' }, resultCode: 'SUCCESS', details: 'Uploaded', errorCode: 0 },
      },
    },
  ],
  'user.removeAvatar': [
    {
      name: 'doc-example',
      source: 'seed 002 "Удалить аватарку": [RESPONSES] 200',
      note: 'Printed as valid JSON (split by a page break).',
      response: { status: 200, body: { result: 'Successfully deleted', ...ok } },
    },
  ],
  'categories.list': [
    {
      name: 'doc-example',
      source: 'seed 002 "Список категорий": [RESPONSES] 200',
      note: 'Repaired: the second category is missing its opening `{`; its `"пате"` is read as `name` (OCR, Q5); `"ad_type":[` and `"sub_categories":[` are unclosed (`[]`); `]` after the list and the comma before `resultCode` are added.',
      response: {
        status: 200,
        body: {
          result: [
            {
              id: 368,
              parent: null,
              name: 'Тест категория',
              parent_filters: false,
              delivery: true,
              order_num: 99999,
              is_popular: false,
              has_map: false,
              required_price: true,
              icon_img: '',
              dark_icon_img: '',
              category_type: '',
              linked_category: [],
              filters: [],
              ad_type: [],
              has_dynamic_filter: false,
              sub_categories: [],
            },
            {
              id: 553,
              parent: null,
              name: 'Виды спорта',
              parent_filters: false,
              delivery: true,
              order_num: 0,
              is_popular: false,
              has_map: false,
              required_price: true,
              icon_img: '',
              dark_icon_img: '',
              category_type: '',
              linked_category: [750],
              filters: [6],
              ad_type: [],
              has_dynamic_filter: false,
              sub_categories: [],
            },
          ],
          ...ok,
        },
      },
    },
  ],
  'faq.list': [
    {
      name: 'doc-example',
      source: 'seed 002 "FAQ": [RESPONSES] 200',
      note: 'Repaired: each `content` string is broken over several lines by the page width (rejoined without the line breaks, which fall mid-word); the trailing comma after the last entry is removed. The text artefacts `0!Маркет` (zero), `З.` (Cyrillic Ze for 3) and `</р>` (Cyrillic р) are kept (Q13).',
      response: {
        status: 200,
        body: {
          count: 2,
          next: null,
          previous: null,
          results: [
            { id: 30, title: 'Что может делать модератор', content: OMARKET_FAQ_CONTENT },
            { id: 29, title: 'Что может делать модератор', content: OMARKET_FAQ_CONTENT },
          ],
        },
      },
    },
  ],
  'adTypes.list': [
    {
      name: 'peer-example',
      source: 'constructed: the Kotlin peer client\'s DTO for the undocumented ad_type/list ({count, results: [{id, code_value, name}]})',
      note: 'Unverified endpoint; the one value `sell` is the only ad_type seen in the docs, its name is the mock\'s.',
      response: { status: 200, body: { result: { count: 1, results: [{ id: 1, code_value: 'sell', name: 'Продажа' }] }, ...ok } },
    },
  ],
} as const satisfies ExamplesFor<typeof endpoints>;
