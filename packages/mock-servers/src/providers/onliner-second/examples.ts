// Documented Onliner Second examples, keyed by endpoint. Sources: onlinerby/onliner-second-api
// docs at 2bc7ad3 (get_offers.md at 47f0bd7, the 2022 paging revision) and onliner-b2b-api
// docs/oauth20.md. Bodies the docs do not print are built from their field tables and say so in
// `note`; every Russian text not quoted from the docs is the mock's own.
import type { endpoints } from '@x/onliner-second/endpoints';
import type { ExamplesFor } from '../../types';

/** The documented 403 body (send_offers.md, get_offers.md). */
export const accessDeniedBody = { code: 'access_denied', message: 'Требуется авторизация' } as const;

const accessDenied = {
  status: 403,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: accessDeniedBody,
} as const;

/** The offer of send_offers.md "Пример запроса", verbatim. */
export const docOffer = {
  id: 'aszx98DD',
  product: { category: 'Велосипеды', vendor: 'Orbea', model: 'Alma H50 27.5 (2015)' },
  price: { amount: '1250.00', currency: 'BYN' },
  location: { geo_town_id: 17030 },
  contact: { name: 'Александр', phones: ['+375295181888'], call_time: [9, 18] },
  condition: 10,
  description: 'Продам велосипед ORBEA ALMA H50',
  delivery: { available_for_country: true },
  photos: [
    {
      '1280x1280': 'https://content.onliner.by/baralog/1684694/x1280/e1ffcd1e6d8dc975e1457a1e01e8aeab.jpeg',
      x80: 'https://content.onliner.by/baralog/1684694/x80/e1ffcd1e6d8dc975e1457a1e01e8aeab.jpeg',
      mobile_list: 'https://content.onliner.by/baralog/1684694/mobile-list/e1ffcd1e6d8dc975e1457a1e01e8aeab.jpeg',
    },
    {
      '1280x1280': 'https://content.onliner.by/baralog/1684694/x1280/998f13b1ab59aa306302713cdb2bba49.jpeg',
      x80: 'https://content.onliner.by/baralog/1684694/x80/998f13b1ab59aa306302713cdb2bba49.jpeg',
      mobile_list: 'https://content.onliner.by/baralog/1684694/mobile-list/998f13b1ab59aa306302713cdb2bba49.jpeg',
    },
    {
      '1280x1280': 'https://content.onliner.by/baralog/1684694/x1280/d576be2d20ac28db67c69c5fcaeb9383.jpeg',
      x80: 'https://content.onliner.by/baralog/1684694/x80/d576be2d20ac28db67c69c5fcaeb9383.jpeg',
      mobile_list: 'https://content.onliner.by/baralog/1684694/mobile-list/d576be2d20ac28db67c69c5fcaeb9383.jpeg',
    },
    {
      '1280x1280': 'https://content.onliner.by/baralog/1684694/x1280/c874bfa66af8153bca0cf28b5a1002eb.jpeg',
      x80: 'https://content.onliner.by/baralog/1684694/x80/c874bfa66af8153bca0cf28b5a1002eb.jpeg',
      mobile_list: 'https://content.onliner.by/baralog/1684694/mobile-list/c874bfa66af8153bca0cf28b5a1002eb.jpeg',
    },
  ],
} as const;

const offer1 = { id: 'offer1', status: 'correction', reason: { id: 1, text: 'Недостоверная цена', comment: 'Слишком маленькая цена' } } as const;
const offer2 = { id: 'offer2', status: 'approved', reason: null } as const;

/** The two offers of get_offers.md "Пример ответа". */
export const docOfferStates: Array<{ id: string; status: 'correction' | 'approved'; reason: { id: number; text: string; comment: string } | null }> = [
  { ...offer1, reason: { ...offer1.reason } },
  { ...offer2 },
];

/** get_import_errors.md "Пример ответа". */
export const docImportErrors: Array<{ id: string; errors: Record<string, string[]> }> = [
  { id: 'offer1', errors: { 'product.model': ['Укажите товар'], description: ['Добавьте описание к объявлению'] } },
  { id: 'offer2', errors: { 'product.category': ['Раздел не подключен'] } },
];

/** The processed image of upload_images.md step 2. */
export const docProcessedImage = {
  id: 'PhTrlafxvBUPudeM',
  hash: '47800cb27e72119614356d2fedc6af87',
  images: {
    '1280x1280': 'https://content.onliner.by/baralog/1684694/x1280/e1ffcd1e6d8dc975e1457a1e01e8aeab.jpeg',
    x80: 'https://content.onliner.by/baralog/1684694/x80/e1ffcd1e6d8dc975e1457a1e01e8aeab.jpeg',
    mobile_list: 'https://content.onliner.by/baralog/1684694/mobile-list/e1ffcd1e6d8dc975e1457a1e01e8aeab.jpeg',
  },
  created_at: '2014-07-29 17:57:30',
  errors: [],
  updated_at: '2014-07-29 17:57:30',
  status: 'processed',
  url: 'https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM',
};

const expiredNote =
  'Constructed: the provider does not tell an expired token from a missing or wrong one; it answers the documented 403 access_denied body. Queue it once with mock.prefer(key, { example: "expired-token" }) to see the SDK fetch a new token and replay the call, or advance the mock clock past expires_in for the stateful version.';

/** Every Onliner Second endpoint's documented examples. */
export const onlinerSecondExamples = {
  'oauth.token': [
    {
      name: 'doc-example',
      source: 'onliner-b2b-api docs/oauth20.md (request: Basic auth + grant_type=client_credentials); response fields from docs/importers/auth.md',
      note: 'oauth20.md prints no response. Built from the importer token response (access_token, expires_in, token_type), with expires_in 3600 as oauth20.md said ("one hour") before b027cd0. The token value is the mock\'s own (40 hex, the shape the upload doc prints).',
      request: { body: { grant_type: 'client_credentials' } },
      response: { status: 200, body: { access_token: '8f0a2c4e6b8d0f1a3c5e7b9d1f3a5c7e9b1d3f5a', expires_in: 3600, token_type: 'Bearer' } },
    },
    {
      name: 'short-lived',
      source: 'onliner-b2b-api docs/oauth20.md after b027cd0 (lifetime differs per application type; read expires_in)',
      note: 'Constructed: expires_in 600 as in the importer token example.',
      request: { body: { grant_type: 'client_credentials' } },
      response: { status: 200, body: { access_token: '1b3d5f7a9c2e4a6c8e0b2d4f6a8c0e2b4d6f8a0c', expires_in: 600, token_type: 'Bearer' } },
    },
    {
      name: 'wrong-credentials',
      source: 'onliner-b2b-api docs/oauth20.md (no error response documented)',
      note: 'Constructed from OAuth 2 (RFC 6749 §5.2): wrong Client ID or Secret in the Basic header answers 401 invalid_client.',
      request: { body: { grant_type: 'client_credentials' } },
      response: { status: 401, headers: { 'www-authenticate': 'Basic realm="b2bapi"' }, body: { error: 'invalid_client', error_description: 'Client authentication failed' } },
      error: { kind: 'auth', code: 'invalid_client', reason: 'invalid_client' },
    },
  ],
  'offers.send': [
    {
      name: 'doc-example',
      source: 'docs/send_offers.md "Пример запроса" and "Ответ при успешном создании предложения"',
      request: { body: [docOffer] },
      response: { status: 202, body: { id: '5a16c41acab2fd0202641102' } },
    },
    {
      name: 'access-denied',
      source: 'docs/send_offers.md "Ответ при ошибке авторизации"',
      request: { body: [docOffer] },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
    {
      name: 'expired-token',
      source: 'docs/send_offers.md "Ответ при ошибке авторизации"',
      note: expiredNote,
      request: { body: [docOffer] },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
  ],
  'offers.close': [
    {
      name: 'doc-example',
      source: 'docs/close_offers.md "Пример запроса" and "Ответ"',
      request: { body: { offer_ids: ['aszx98DD', 'xyz'] } },
      response: { status: 200, body: { updated_offers: ['aszx98DD', 'xyz'] } },
    },
    {
      name: 'validation-errors',
      source: 'docs/close_offers.md "Ответ при возникновении ошибок валидации"',
      note: 'The doc shows no request for the 422 (it is what a non-list offer_ids gets; the SDK never sends one). The doc\'s request is reused.',
      request: { body: { offer_ids: ['aszx98DD', 'xyz'] } },
      response: {
        status: 422,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: { message: 'Validation failed', errors: { offer_ids: ['Значение поля должно быть последовательным индексированным массивом'] } },
      },
      error: { kind: 'api', reason: 'validation_failed' },
    },
    {
      name: 'access-denied',
      source: 'docs/send_offers.md and docs/get_offers.md "Ответ при ошибке авторизации"',
      note: 'close_offers.md documents no 403; the body of the other pages is reused.',
      request: { body: { offer_ids: ['aszx98DD'] } },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
    {
      name: 'expired-token',
      source: 'docs/send_offers.md "Ответ при ошибке авторизации"',
      note: expiredNote,
      request: { body: { offer_ids: ['aszx98DD'] } },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
  ],
  'offers.list': [
    {
      name: 'doc-example',
      source: 'docs/get_offers.md at 47f0bd7 (2022-06-28) "Пример запроса" and "Пример ответа"',
      request: { query: {} },
      response: { status: 200, body: { offers: docOfferStates, total: 2, page: { limit: 50, items: 2, current: 1, last: 1 } } },
    },
    {
      name: 'legacy-bare-array',
      source: 'docs/get_offers.md at 2bc7ad3 (before pagination) "Пример ответа"',
      note: 'The pre-2022 answer was the bare array (fact sheet Q2); the SDK reads it as one page. The mock itself always answers the envelope.',
      request: { query: {} },
      response: { status: 200, body: docOfferStates },
    },
    {
      name: 'second-page',
      source: 'docs/get_offers.md at 47f0bd7 "Параметры" and "Описание полей ответа"',
      note: 'Constructed: page 2 of the doc\'s two offers at limit 1.',
      request: { query: { page: 2, limit: 1 } },
      response: { status: 200, body: { offers: [offer2], total: 2, page: { limit: 1, items: 1, current: 2, last: 2 } } },
    },
    {
      name: 'validation-errors',
      source: 'docs/get_offers.md at 47f0bd7 "Возможные ошибки для полей"',
      note: 'Constructed: the doc lists the texts, not the response; the 422 shape is close_offers.md\'s. No request: the SDK refuses limit > 50 before sending.',
      response: {
        status: 422,
        headers: { 'content-type': 'application/json; charset=utf-8' },
        body: { message: 'Validation failed', errors: { limit: ['Максимум 50'] } },
      },
      error: { kind: 'api', reason: 'validation_failed' },
    },
    {
      name: 'access-denied',
      source: 'docs/get_offers.md "Ответ при ошибке авторизации"',
      request: { query: {} },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
    {
      name: 'expired-token',
      source: 'docs/get_offers.md "Ответ при ошибке авторизации"',
      note: expiredNote,
      request: { query: {} },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
  ],
  'importReport.get': [
    {
      name: 'doc-example',
      source: 'docs/get_import_report.md "Пример запроса" and "Пример ответа"',
      request: { path: { id: 'jFY' } },
      response: { status: 200, body: { id: 'jFY', status: 'processed', total: 10, errors: 1, error_message: 'Ошибка валидации' } },
    },
    {
      name: 'pending',
      source: 'README "Статусы импорта объявлений"; fields from docs/get_import_report.md',
      note: 'Constructed: an import still waiting in the queue (counts 0, error_message null).',
      request: { path: { id: '5a16c41acab2fd0202641102' } },
      response: { status: 200, body: { id: '5a16c41acab2fd0202641102', status: 'pending', total: 0, errors: 0, error_message: null } },
    },
    {
      name: 'import-failed',
      source: 'README "Статусы импорта объявлений" (failed: "Импорт завершился с ошибкой")',
      note: 'Constructed: the error_message text is the mock\'s own.',
      request: { path: { id: '5a16c41acab2fd0202641102' } },
      response: { status: 200, body: { id: '5a16c41acab2fd0202641102', status: 'failed', total: 0, errors: 0, error_message: 'Ошибка обработки импорта' } },
    },
    {
      name: 'not-found',
      source: 'docs/get_import_report.md (errors undocumented)',
      note: 'Constructed: an unknown import id. The status and body are the mock\'s assumption.',
      request: { path: { id: 'nope' } },
      response: { status: 404, body: { code: 'not_found', message: 'Импорт не найден' } },
      error: { kind: 'not_found', code: 'not_found' },
    },
    {
      name: 'access-denied',
      source: 'docs/send_offers.md "Ответ при ошибке авторизации"',
      note: 'get_import_report.md documents no 403; the body of the other pages is reused.',
      request: { path: { id: 'jFY' } },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
    {
      name: 'expired-token',
      source: 'docs/send_offers.md "Ответ при ошибке авторизации"',
      note: expiredNote,
      request: { path: { id: 'jFY' } },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
  ],
  'importReport.errors': [
    {
      name: 'validation-errors',
      source: 'docs/get_import_errors.md "Пример запроса" and "Пример ответа"',
      note: 'Kept as printed, although get_import_report.md\'s example for the same id jFY counts 1 rejected offer, not 2.',
      request: { path: { id: 'jFY' } },
      response: { status: 200, body: docImportErrors },
    },
    {
      name: 'no-errors',
      source: 'docs/get_import_errors.md',
      note: 'Constructed: an import that rejected nothing.',
      request: { path: { id: '5a16c41acab2fd0202641102' } },
      response: { status: 200, body: [] },
    },
    {
      name: 'import-failed',
      source: 'README "Статусы импорта объявлений" (failed) with docs/get_import_errors.md',
      note: 'Constructed: the offer errors of the failed import of importReport.get\'s "import-failed" (none: the whole import failed). Having the same name on both endpoints lets `waitForImport`, which reads the report and then its errors, run under one `Prefer: example=import-failed`.',
      request: { path: { id: '5a16c41acab2fd0202641102' } },
      response: { status: 200, body: [] },
    },
    {
      name: 'access-denied',
      source: 'docs/send_offers.md "Ответ при ошибке авторизации"',
      note: 'get_import_errors.md documents no 403; the body of the other pages is reused.',
      request: { path: { id: 'jFY' } },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
    {
      name: 'expired-token',
      source: 'docs/send_offers.md "Ответ при ошибке авторизации"',
      note: expiredNote,
      request: { path: { id: 'jFY' } },
      response: accessDenied,
      error: { kind: 'auth', code: 'access_denied', reason: 'access_denied' },
    },
  ],
  'upload.image': [
    {
      name: 'doc-example',
      source: 'docs/upload_images.md step 1 "Пример запроса" and "Пример ответа"',
      note: 'The doc prints "file=<содержимое файла>": a 4-byte stand-in JPEG is used. The HTTP status is undocumented; 202 as the later dionchaika/onliner-api expects.',
      request: {
        query: { token: 'a5e3272f5f31429e61ef2833d1ca5ff051777036' },
        body: { meta: { type: 'baralog-photo' }, file: new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'photo.jpg', { type: 'image/jpeg' }) },
      },
      response: {
        status: 202,
        body: {
          id: 'PhTrlafxvBUPudeM',
          hash: 'd8b6900306954b8268cf58c4119ad106',
          images: [],
          created_at: '2014-07-29 18:01:48',
          errors: [],
          status: 'uploaded',
          url: 'https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM',
        },
      },
    },
  ],
  'upload.status': [
    {
      name: 'doc-example',
      source: 'docs/upload_images.md step 2 "Пример запроса" and "Пример ответа"',
      request: { path: { id: 'PhTrlafxvBUPudeM' } },
      response: { status: 200, body: docProcessedImage },
    },
    {
      name: 'processing',
      source: 'docs/upload_images.md "Статусы обработки изображения"',
      note: 'Constructed: the same task while it is being resized (images still []).',
      request: { path: { id: 'PhTrlafxvBUPudeM' } },
      response: {
        status: 200,
        body: { id: 'PhTrlafxvBUPudeM', hash: '47800cb27e72119614356d2fedc6af87', images: [], created_at: '2014-07-29 17:57:30', errors: [], updated_at: '2014-07-29 17:57:30', status: 'processing', url: 'https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM' },
      },
    },
    {
      name: 'image-processing-error',
      source: 'docs/upload_images.md "Статусы обработки изображения" (error) and the PHP example (prints `errors`)',
      note: 'Constructed: the error text is the mock\'s own; the shape of `errors` items is undocumented (strings here).',
      request: { path: { id: 'PhTrlafxvBUPudeM' } },
      response: {
        status: 200,
        body: { id: 'PhTrlafxvBUPudeM', hash: '47800cb27e72119614356d2fedc6af87', images: [], created_at: '2014-07-29 17:57:30', errors: ['Не удалось обработать изображение'], updated_at: '2014-07-29 17:57:31', status: 'error', url: 'https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM' },
      },
    },
  ],
} as const satisfies ExamplesFor<typeof endpoints>;
