// The Quince mock: documented examples on request, and by default a stateful service catalogue:
// a folder tree and services (images, prices per price type), AND filters with explicit null,
// pages of exactly 100, all-or-nothing writes of at most 100 items.
import { quinceProvider, QUINCE_PAGE_SIZE } from '@x/quince/endpoints';
import type { ValidationIssue } from '@x/core/provider';
import type { RequestHandler } from 'msw';
import { defineProviderMock } from '../../define-provider-mock';
import { createMock, type ProviderMock } from '../../provider-mock';
import type { DocHit, MockOptions, MockResponse, RawRequest } from '../../types';
import { QUINCE_MOCK_CODES, quinceExamples } from './examples';
import { createQuinceState, nextCatalogueId, nextFolderId, type QuinceState, type StoredService } from './state';

export { QUINCE_MOCK_CODES, quinceExamples } from './examples';
export type { QuinceState, StoredFolder, StoredPrice, StoredService } from './state';

/** The header and values the mock accepts. The real scheme is undocumented, so tests choose it. */
export interface QuinceMockAuth {
  /** Header name, matched case-insensitively. */
  header: string;
  /** Accepted values, compared exactly. */
  values: readonly string[];
}

/** What the default mock accepts: `Authorization: Bearer quince-demo-key`. */
export const QUINCE_DEMO_AUTH = { header: 'Authorization', value: 'Bearer quince-demo-key' } as const;

const defaultAuth: QuinceMockAuth = { header: QUINCE_DEMO_AUTH.header, values: [QUINCE_DEMO_AUTH.value] };

const ok = (data: unknown[]): MockResponse => ({ status: 200, body: { success: true, data } });

/** The provider's failure envelope (HTTP 200: statuses are undocumented; fact sheet Q6). */
function failure(code: string, message: string, extra: Record<string, unknown> = {}): MockResponse {
  return { status: 200, body: { success: false, error: { code, message, ...extra } } };
}

function page<T>(items: T[], number: number | undefined): T[] {
  const start = ((number ?? 1) - 1) * QUINCE_PAGE_SIZE;
  return items.slice(start, start + QUINCE_PAGE_SIZE);
}

function serviceOut(state: QuinceState, service: StoredService, priceTypes: readonly number[] | undefined) {
  const prices = state.prices
    .findMany((q) => q.where({ Product: service.Id }), { orderBy: { Id: 'asc' } })
    .filter((p) => priceTypes === undefined || priceTypes.includes(p.PriceType));
  const { Archive: _archive, ...wire } = service;
  return { ...wire, Images: service.Images.map((i) => ({ ...i })), Prices: prices.map((p) => ({ ...p })) };
}

/** Non-null folder references that do not exist. */
function missingFolders(state: QuinceState, refs: ReadonlyArray<number | null | undefined>): number[] {
  const missing = new Set<number>();
  for (const ref of refs) {
    if (ref === null || ref === undefined) continue;
    if (!state.folders.findFirst((q) => q.where({ Id: ref }))) missing.add(ref);
  }
  return [...missing];
}

function folderNotFound(ids: number[]): MockResponse {
  return failure(QUINCE_MOCK_CODES.folderNotFound, `Папку ${ids.join(', ')} не знайдено`);
}

/** Ids of an update that do not exist. */
function unknownIds(ids: number[], exists: (id: number) => boolean): number[] {
  return [...new Set(ids.filter((id) => !exists(id)))];
}

async function ensureUnit(state: QuinceState, name: string | undefined): Promise<void> {
  // "Якщо ... буде вказана одиниця виміру яка відсутня у списку одиниць, то її буде автоматично створено."
  if (name === undefined || name === '') return;
  if (!state.units.findFirst((q) => q.where({ Name: name }))) await state.units.create({ Name: name });
}

/** Copy only the fields a write gave (an update changes what it names, nothing else). */
function given<T extends object>(item: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const key of keys) if (item[key] !== undefined) out[key] = item[key];
  return out;
}

const SERVICE_FIELDS = ['Name', 'ParentFolder', 'PrintName', 'Memo', 'Barcode', 'UnitName', 'Description', 'Article'] as const;

/** The provider's answer to a body that failed validation, in its envelope. */
function validationFailure(issues: ValidationIssue[]): MockResponse {
  const text = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  if (issues.some((i) => i.path === 'array' && i.expected === `<=${QUINCE_PAGE_SIZE}`)) {
    return failure(QUINCE_MOCK_CODES.tooManyItems, `Максимальна кількість елементів в одному пакеті - ${QUINCE_PAGE_SIZE}`);
  }
  if (issues.some((i) => /^array\.\d+\.(Id|id)$/.test(i.path) && (i.received === 'undefined' || /needs an id/i.test(i.message)))) {
    return failure(QUINCE_MOCK_CODES.missingId, `Не вказано Id; жоден елемент не оновлено (${text})`);
  }
  return failure(QUINCE_MOCK_CODES.invalidRequest, `Невірний запит: ${text}`);
}

/** The Quince mock definition (use `createQuinceMock` for an instance). */
export function quinceMockDefinition(options: { auth?: QuinceMockAuth; empty?: boolean } = {}) {
  const auth = options.auth ?? defaultAuth;
  return defineProviderMock({
    provider: quinceProvider,
    examples: quinceExamples,
    sensitiveNames: [auth.header],
    createState: () => createQuinceState(!options.empty),

    authenticate(request) {
      const value = request.headers.get(auth.header);
      if (value === null || !auth.values.includes(value)) {
        return { response: { status: 401, body: { success: false, error: { code: QUINCE_MOCK_CODES.unauthorized, message: 'Missing or unknown credentials' } } } };
      }
      return { principal: auth.header };
    },

    errors: {
      validation: (issues) => validationFailure(issues),
      status: (status, message) => ({ status, body: { success: false, error: { code: String(status), message } } }),
    },

    resolvers: {
      'services.list'({ input, state }) {
        const filter = input.body.filter ?? {};
        // AND of every given field; ParentFolder: null means "in no folder", absent means "any".
        const matching = state.services.findMany(
          (q) =>
            q.where(
              (s) =>
                (filter.ParentFolder === undefined || s.ParentFolder === filter.ParentFolder) &&
                (filter.Id === undefined || s.Id === filter.Id) &&
                (filter.Archive === true || !s.Archive),
            ),
          { orderBy: { Id: 'asc' } },
        );
        return ok(page(matching, input.body.page).map((s) => serviceOut(state, s, filter.PriceType)));
      },

      'services.folders.list'({ input, state }) {
        const filter = input.body.filter ?? {};
        const matching = state.folders.findMany(
          (q) => q.where((f) => (filter.ParentFolder === undefined || f.ParentFolder === filter.ParentFolder) && (filter.Id === undefined || f.Id === filter.Id)),
          { orderBy: { Id: 'asc' } },
        );
        return ok(page(matching, input.body.page).map((f) => ({ ...f })));
      },

      async 'services.add'({ input, state }) {
        const items = input.body.array;
        const missing = missingFolders(state, items.map((i) => i.ParentFolder));
        if (missing.length > 0) return folderNotFound(missing);
        const ids: Array<{ id: number }> = [];
        for (const item of items) {
          await ensureUnit(state, item.UnitName);
          const created = await state.services.create({
            Id: nextCatalogueId(state),
            ParentFolder: item.ParentFolder ?? null,
            Name: item.Name,
            PrintName: item.PrintName ?? '',
            Memo: item.Memo ?? '',
            Barcode: item.Barcode ?? '',
            UnitName: item.UnitName ?? '',
            Description: item.Description ?? '',
            Article: item.Article ?? '',
            Archive: false,
            Images: [],
          });
          ids.push({ id: created.Id });
        }
        return ok(ids);
      },

      async 'services.update'({ input, state }) {
        const items = input.body.array;
        // All or nothing: every check passes before anything changes.
        const notFound = unknownIds(
          items.map((i) => i.id),
          (id) => state.services.findFirst((q) => q.where({ Id: id })) !== undefined,
        );
        if (notFound.length > 0) {
          return failure(QUINCE_MOCK_CODES.notFound, `Послуги не знайдено: ${notFound.join(', ')}`, { notFound });
        }
        const missing = missingFolders(state, items.map((i) => i.ParentFolder));
        if (missing.length > 0) return folderNotFound(missing);
        for (const item of items) {
          await ensureUnit(state, item.UnitName);
          const changes = given(item, SERVICE_FIELDS);
          await state.services.update((q) => q.where({ Id: item.id }), {
            data(service) {
              Object.assign(service, changes);
            },
          });
        }
        return ok(items.map((i) => ({ id: i.id })));
      },

      async 'services.folders.add'({ input, state }) {
        const items = input.body.array;
        const missing = missingFolders(state, items.map((i) => i.ParentFolder));
        if (missing.length > 0) return folderNotFound(missing);
        const ids: Array<{ id: number }> = [];
        for (const item of items) {
          const created = await state.folders.create({ Id: nextFolderId(state), ParentFolder: item.ParentFolder ?? null, Name: item.Name });
          ids.push({ id: created.Id });
        }
        return ok(ids);
      },

      async 'services.folders.update'({ input, state }) {
        const items = input.body.array;
        const notFound = unknownIds(
          items.map((i) => i.Id),
          (id) => state.folders.findFirst((q) => q.where({ Id: id })) !== undefined,
        );
        if (notFound.length > 0) {
          return failure(QUINCE_MOCK_CODES.notFound, `Папки не знайдено: ${notFound.join(', ')}`, { notFound });
        }
        const missing = missingFolders(state, items.map((i) => i.ParentFolder));
        if (missing.length > 0) return folderNotFound(missing);
        // The tree after the whole batch must have no cycle (a folder under its own descendant).
        const parents = new Map(state.folders.findMany().map((f) => [f.Id, f.ParentFolder] as const));
        for (const item of items) if (item.ParentFolder !== undefined) parents.set(item.Id, item.ParentFolder);
        for (const item of items) {
          const seen = new Set<number>([item.Id]);
          let at = parents.get(item.Id) ?? null;
          while (at !== null) {
            if (seen.has(at)) {
              return failure(QUINCE_MOCK_CODES.folderCycle, `Папку ${item.Id} не можна перемістити в її ж підпапку ${String(item.ParentFolder)}`);
            }
            seen.add(at);
            at = parents.get(at) ?? null;
          }
        }
        for (const item of items) {
          const changes = given(item, ['Name', 'ParentFolder'] as const);
          await state.folders.update((q) => q.where({ Id: item.Id }), {
            data(folder) {
              Object.assign(folder, changes);
            },
          });
        }
        return ok(items.map((i) => ({ id: i.Id })));
      },
    },

    rewrite: (raw, note) => rewriteQuince(raw, note),
    curl: (base) =>
      `curl -X POST '${base}/api/v2/service/list' -H '${QUINCE_DEMO_AUTH.header}: ${QUINCE_DEMO_AUTH.value}' -H 'content-type: application/json' -d '{"filter":{"ParentFolder":110,"PriceType":[339]},"page":1}'`,
  });
}

/** A request the mock served although it departs from the canonical form (a doc inconsistency). */
export interface QuinceDocHit extends DocHit {
  /**
   * `bare-path`: `/service/...` without `/api/v2` (the method table's form, fact sheet Q2);
   * `id-casing`: an item or filter id sent as `id`/`ID` and read as `Id` (Q1);
   * `numeric-string`: an id or ParentFolder sent as a string, read as a number (Q3).
   */
  kind: 'bare-path' | 'id-casing' | 'numeric-string';
  /** The path as requested (relative to the mock's base). */
  path: string;
  /** What exactly was tolerated. */
  detail: string;
  /** Mock clock time. */
  at: number;
}

/** Options of the Quince mock. */
export interface QuinceMockOptions extends MockOptions {
  /** The header and values accepted (default `Authorization: Bearer quince-demo-key`). */
  auth?: QuinceMockAuth;
  /** Start with no folders, services, products or prices (default `false`: the documented ones). */
  empty?: boolean;
}

const BARE_PATH = /^\/service(\/|$)/;
const ID_KEYS = ['id', 'ID'] as const;

/** A Quince mock instance (its `docHits` list the tolerated doc inconsistencies). */
export type QuinceMock = ProviderMock<typeof quinceProvider.endpoints, QuinceState, typeof quinceExamples>;

/**
 * Besides the canonical `/api/v2/service/...` routes, answer the bare `/service/...` form the doc's
 * method table prints and read `id`/`ID` as `Id`, noting each tolerance (fact sheet Q1–Q3). The
 * journal records the canonical path and the normalised body.
 */
function rewriteQuince(raw: RawRequest, note: (kind: QuinceDocHit['kind'], detail: string) => void): RawRequest {
  let path = raw.path;
  if (raw.host === 'main' && BARE_PATH.test(`/${path.replace(/^\/+/, '')}`)) {
    path = `/api/v2/${path.replace(/^\/+/, '')}`;
    note('bare-path', `${raw.path} served as ${path}`);
  }
  // The service field table spells the write id `id` (documented there, not a tolerance).
  return { ...raw, path, body: normaliseBody(raw.body, note, /\/service\/(add|update)\/?$/.test(path)) };
}

/** Read `id`/`ID` as `Id` in `array` items and the filter; note numeric strings. Returns new bytes when changed. */
function normaliseBody(bytes: Uint8Array | undefined, hit: (kind: QuinceDocHit['kind'], detail: string) => void, serviceWrite = false): Uint8Array | undefined {
  if (!bytes || bytes.byteLength === 0) return bytes;
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return bytes; // The mock's own validation answers invalid JSON.
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return bytes;
  const record = body as Record<string, unknown>;
  let changed = false;
  const fix = (item: unknown, where: string, lowerIdDocumented = false): void => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return;
    const obj = item as Record<string, unknown>;
    for (const key of ID_KEYS) {
      if (lowerIdDocumented && key === 'id') continue;
      if (key in obj && !('Id' in obj) && !(lowerIdDocumented && 'id' in obj)) {
        obj.Id = obj[key];
        delete obj[key];
        changed = true;
        hit('id-casing', `${where}.${key} read as ${where}.Id`);
      }
    }
    for (const key of ['Id', 'id', 'ParentFolder'] as const) {
      if (typeof obj[key] === 'string') hit('numeric-string', `${where}.${key} = ${JSON.stringify(obj[key])}`);
    }
  };
  if (Array.isArray(record.array)) record.array.forEach((item, i) => fix(item, `array.${i}`, serviceWrite));
  fix(record.filter, 'filter');
  return changed ? new TextEncoder().encode(JSON.stringify(record)) : bytes;
}

/**
 * Create a Quince mock: msw handlers (`mock.handlers`), state, journal, clock, scenarios and
 * `docHits`.
 *
 * @example
 * const mock = createQuinceMock({ baseURL: 'https://tenant.quince.test' });
 * const server = setupServer(...mock.handlers);
 */
export function createQuinceMock(options: QuinceMockOptions = {}): QuinceMock {
  const { auth, empty, ...mockOptions } = options;
  return createMock(quinceMockDefinition({ ...(auth ? { auth } : {}), ...(empty === undefined ? {} : { empty }) }), mockOptions);
}

/** msw handlers for Quince at `baseURL` (default: the SDK's placeholder URL), with a fresh mock behind them. */
export function quinceHandlers(baseURL?: string): RequestHandler[] {
  return createQuinceMock(baseURL ? { baseURL } : {}).handlers;
}
