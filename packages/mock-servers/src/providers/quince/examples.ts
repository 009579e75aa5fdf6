// Documented Quince examples (seed 004), keyed by endpoint. The seed prints one request/response
// for the service list, one for service add/update, one response for the folder list and one for
// folder add/update; everything else is constructed from the prose and says so in `note`. Error
// codes, messages and the 401 status are the mock's own: the docs give none (fact sheet Q6).
import type { endpoints } from '@x/quince/endpoints';
import type { ExamplesFor } from '../../types';

/** Error codes the mock answers in `error.code` (all undocumented: the provider's are unknown). */
export const QUINCE_MOCK_CODES = {
  /** Missing or unknown credentials (HTTP 401). */
  unauthorized: 'unauthorized',
  /** The body failed validation. */
  invalidRequest: 'invalid_request',
  /** More than 100 items in `array`. */
  tooManyItems: 'too_many_items',
  /** An update item without an Id (nothing updated). */
  missingId: 'missing_id',
  /** Update ids that do not exist (nothing updated; `error.notFound` lists them). */
  notFound: 'not_found',
  /** A ParentFolder that does not exist (nothing written). */
  folderNotFound: 'folder_not_found',
  /** A folder moved under itself or one of its descendants (nothing written). */
  folderCycle: 'folder_cycle',
} as const;

const unauthorized = {
  name: 'unauthorized',
  source: 'constructed: the docs do not describe authentication (fact sheet Q8)',
  note: 'The status (401) and the error body are the mock\'s assumption, in the documented success/error envelope.',
  response: { status: 401, body: { success: false, error: { code: QUINCE_MOCK_CODES.unauthorized, message: 'Missing or unknown credentials' } } },
  error: { kind: 'auth', code: QUINCE_MOCK_CODES.unauthorized, reason: 'unauthorized' },
} as const;

/** Every Quince endpoint's documented (or constructed) examples. */
export const quinceExamples = {
  'services.list': [
    {
      name: 'doc-example',
      source: 'seed 004: "Отримання списку послуг", "Приклад" (Запит / Результат)',
      note:
        'Repaired: the printed result elides items and fields with "..." and has a comma after the Prices array; kept as the printed fields only. ' +
        'Price.Product 89272 does not match service 111 (fact sheet Q4); kept as printed. 5.500000 is the number 5.5.',
      request: { body: { filter: { ParentFolder: 110, PriceType: [339] }, page: 1 } },
      response: {
        status: 200,
        body: {
          success: true,
          data: [
            {
              Id: 111,
              ParentFolder: 110,
              Name: 'Product_1',
              Images: [{ Id: 586, Name: 'flowers.jpg', Url: 'https://qfinprod.blob.core.windows.net/images/8c87c4db-9e0f-4e34-bf8f-d4cbc20e9f44_flowers.jpg' }],
              Prices: [{ Id: 106609, Date: '2022-08-15T00:00:00Z', PriceType: 339, Product: 89272, Price: 5.5, Currency: 'USD' }],
            },
          ],
        },
      },
    },
    {
      name: 'error-envelope',
      source: 'seed 004: "error | Код та зміст помилки (вказується, якщо success = false)"',
      note: 'Constructed: the error structure is undocumented (fact sheet Q6); the mock uses { code, message } with HTTP 200.',
      request: { body: { filter: { Id: 111 }, page: 1 } },
      response: { status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.invalidRequest, message: 'Невірний запит' } } },
      error: { kind: 'api', code: QUINCE_MOCK_CODES.invalidRequest, reason: 'rejected' },
    },
    { ...unauthorized, request: { body: { page: 1 } } },
  ],
  'services.add': [
    {
      name: 'doc-example',
      source: 'seed 004: "Створення або оновлення послуги", "Приклад" (Запит / Результат)',
      note: 'Repaired: "..." placeholders removed from the request and the result. ParentFolder is the string "110" as printed (the SDK sends the number; fact sheet Q3).',
      request: { body: { array: [{ Name: 'Hola_product_0', Article: '5555', ParentFolder: '110' }] } },
      response: { status: 200, body: { success: true, data: [{ id: 116 }] } },
    },
    {
      name: 'error-envelope',
      source: 'seed 004: "error | Код та зміст помилки (вказується, якщо success = false)"',
      note: 'Constructed: a ParentFolder that does not exist. Code and text are the mock\'s own.',
      request: { body: { array: [{ Name: 'Послуга', ParentFolder: 999 }] } },
      response: { status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.folderNotFound, message: 'Папку 999 не знайдено' } } },
      error: { kind: 'api', code: QUINCE_MOCK_CODES.folderNotFound, reason: 'rejected' },
    },
    { ...unauthorized, request: { body: { array: [{ Name: 'Послуга' }] } } },
  ],
  'services.update': [
    {
      name: 'doc-example',
      source: 'seed 004: "Створення або оновлення послуги" (one example for add and update)',
      note: 'Constructed from the add example plus the id update requires, spelled `id` as the field table does (decision 0044); the result lists the updated id.',
      request: { body: { array: [{ id: 111, Name: 'Hola_product_0', Article: '5555', ParentFolder: '110' }] } },
      response: { status: 200, body: { success: true, data: [{ id: 111 }] } },
    },
    {
      name: 'unknown-ids',
      source: 'seed 004: "...жодна з послуг також не оновлюється і додатково повертається перелік не знайдених Id"',
      note: 'Constructed: the format of the not-found list is undocumented (fact sheet Q6); the mock puts it in error.notFound.',
      request: { body: { array: [{ id: 111, Name: 'Нова назва' }, { id: 999999, Name: 'Немає такої' }] } },
      response: { status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.notFound, message: 'Послуги не знайдено: 999999', notFound: [999999] } } },
      error: { kind: 'not_found', code: QUINCE_MOCK_CODES.notFound, reason: 'unknown_ids' },
    },
    {
      name: 'error-envelope',
      source: 'seed 004: "error | Код та зміст помилки (вказується, якщо success = false)"',
      note: 'Constructed: a ParentFolder that does not exist. Code and text are the mock\'s own.',
      request: { body: { array: [{ id: 111, ParentFolder: 999 }] } },
      response: { status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.folderNotFound, message: 'Папку 999 не знайдено' } } },
      error: { kind: 'api', code: QUINCE_MOCK_CODES.folderNotFound, reason: 'rejected' },
    },
    { ...unauthorized, request: { body: { array: [{ id: 111, Name: 'x' }] } } },
  ],
  'services.folders.list': [
    {
      name: 'doc-example',
      source: 'seed 004: "Отримання списку папок", "Приклад" (result only)',
      note: 'Repaired: "..." removed. The doc prints no request; this one (the folders under 110) is constructed to match the printed result.',
      request: { body: { filter: { ParentFolder: 110 } } },
      response: { status: 200, body: { success: true, data: [{ Id: 118, ParentFolder: 110, Name: 'Hola_Folder_111' }] } },
    },
    {
      name: 'error-envelope',
      source: 'seed 004: "error | Код та зміст помилки (вказується, якщо success = false)"',
      note: 'Constructed: the error structure is undocumented (fact sheet Q6).',
      request: { body: { filter: { ParentFolder: null } } },
      response: { status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.invalidRequest, message: 'Невірний запит' } } },
      error: { kind: 'api', code: QUINCE_MOCK_CODES.invalidRequest, reason: 'rejected' },
    },
    { ...unauthorized, request: { body: { filter: { ParentFolder: null } } } },
  ],
  'services.folders.add': [
    {
      name: 'doc-example',
      source: 'seed 004: "Створення або оновлення папки", "Приклад" (Запит / Результат)',
      note: 'The printed request, verbatim but for the "..." placeholders: "Id": 110 stays although Id is "only for /service/folder/update" (the provider ignores it on add; decision 0044).',
      request: { body: { array: [{ Id: 110, Name: 'Directory_111', ParentFolder: 100 }] } },
      response: { status: 200, body: { success: true, data: [{ id: 129 }] } },
    },
    {
      name: 'error-envelope',
      source: 'seed 004: "error | Код та зміст помилки (вказується, якщо success = false)"',
      note: 'Constructed: a ParentFolder that does not exist. Code and text are the mock\'s own.',
      request: { body: { array: [{ Name: 'Папка', ParentFolder: 999 }] } },
      response: { status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.folderNotFound, message: 'Папку 999 не знайдено' } } },
      error: { kind: 'api', code: QUINCE_MOCK_CODES.folderNotFound, reason: 'rejected' },
    },
    { ...unauthorized, request: { body: { array: [{ Name: 'Папка' }] } } },
  ],
  'services.folders.update': [
    {
      name: 'doc-example',
      source: 'seed 004: "Створення або оновлення папки", "Приклад" (the request with "Id": 110 is the update form)',
      note: 'Repaired: "..." removed. The printed result { "id": 129 } is a created id; for the update the mock answers the updated id 110.',
      request: { body: { array: [{ Id: 110, Name: 'Directory_111', ParentFolder: 100 }] } },
      response: { status: 200, body: { success: true, data: [{ id: 110 }] } },
    },
    {
      name: 'unknown-ids',
      source: 'seed 004: "...жодна з папок також не оновлюється і додатково повертається перелік не знайдених Id"',
      note: 'Constructed: the format of the not-found list is undocumented (fact sheet Q6); the mock puts it in error.notFound.',
      request: { body: { array: [{ Id: 110, Name: 'Directory_111' }, { Id: 4242, Name: 'Немає такої' }] } },
      response: { status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.notFound, message: 'Папки не знайдено: 4242', notFound: [4242] } } },
      error: { kind: 'not_found', code: QUINCE_MOCK_CODES.notFound, reason: 'unknown_ids' },
    },
    {
      name: 'error-envelope',
      source: 'seed 004: "error | Код та зміст помилки (вказується, якщо success = false)"',
      note: 'Constructed: folder 100 moved under its own descendant 118. Code and text are the mock\'s own.',
      request: { body: { array: [{ Id: 100, ParentFolder: 118 }] } },
      response: { status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.folderCycle, message: 'Папку 100 не можна перемістити в її ж підпапку 118' } } },
      error: { kind: 'api', code: QUINCE_MOCK_CODES.folderCycle, reason: 'rejected' },
    },
    { ...unauthorized, request: { body: { array: [{ Id: 110, Name: 'x' }] } } },
  ],
} as const satisfies ExamplesFor<typeof endpoints>;
