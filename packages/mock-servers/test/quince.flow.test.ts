import { afterEach, describe, expect, it } from 'vitest';
import {
  createQuince,
  isApiError,
  isAuthError,
  isRequestValidationError,
  isUnknownIdsError,
  unknownIdsOf,
  type NewService,
  type QuinceClient,
} from '@x/quince';
import { createQuinceMock, QUINCE_DEMO_AUTH, QUINCE_MOCK_CODES } from '../src/quince';
import { useMsw } from './setup-msw';

const EMPTY = 'https://empty.quince.test';
const SEEDED = 'https://seeded.quince.test/tenant-1';
const GUARDED = 'https://guarded.quince.test';
const SECRET = 'qk_live_S3cr3t-0f-the-tenant';

/** Starts with no folders or services, so counts are exact. */
const empty = createQuinceMock({ baseURL: EMPTY, empty: true });
/** The documented catalogue (folders 100/110/118, services 111/112/115, products 113/114). */
const seeded = createQuinceMock({ baseURL: SEEDED });
/** Checks a custom header, to prove its value never reaches the journal. */
const guarded = createQuinceMock({ baseURL: GUARDED, auth: { header: 'X-Quince-Auth', values: [SECRET] } });

useMsw(...empty.handlers, ...seeded.handlers, ...guarded.handlers);
afterEach(async () => {
  await Promise.all([empty.reset(), seeded.reset(), guarded.reset()]);
});

const auth = { header: QUINCE_DEMO_AUTH.header, value: QUINCE_DEMO_AUTH.value };
// Strict response validation: the mock must answer exactly the documented fields.
const onEmpty = createQuince({ baseURL: EMPTY, auth, validateResponses: 'strict', retry: false });
const onSeeded = createQuince({ baseURL: SEEDED, auth, validateResponses: 'strict', retry: false });

async function all<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function folder(client: QuinceClient, Name: string, ParentFolder?: number | null): Promise<number> {
  const { data } = await client.services.folders.add({ array: [{ Name, ...(ParentFolder === undefined ? {} : { ParentFolder }) }] });
  return data[0]!.Id;
}

describe('quince flow through the SDK (msw)', () => {
  it('builds a folder tree and 250 services in three addAll chunks, then lists them back across three pages', async () => {
    const top = await onEmpty.services.folders.addAll([{ Name: 'Ремонт' }, { Name: 'Консалтинг' }]);
    expect(top.ok).toBe(true);
    const [repair, consulting] = top.ids as [number, number];
    const sub = await onEmpty.services.folders.addAll([
      { Name: 'Двигун', ParentFolder: repair },
      { Name: 'Кузов', ParentFolder: repair },
    ]);
    const [engine, body] = sub.ids as [number, number];

    const homes = [repair, engine, body, consulting, null] as const;
    const items: NewService[] = Array.from({ length: 250 }, (_, i) => ({ Name: `Послуга ${i}`, Article: `A-${i}`, UnitName: 'шт', ParentFolder: homes[i % 5] ?? null }));
    const added = await onEmpty.services.addAll(items);
    expect(added.ok).toBe(true);
    expect(added.atomic).toBe(false);
    expect(added.chunks.map((c) => [c.status, c.items.length])).toEqual([
      ['succeeded', 100],
      ['succeeded', 100],
      ['succeeded', 50],
    ]);
    expect(new Set(added.ids).size).toBe(250);
    expect(empty.journal.for('services.add').map((e) => (e.body as { array: unknown[] }).array.length)).toEqual([100, 100, 50]);
    // The SDK sends ParentFolder as a number (or null), never as the doc example's string.
    const sent = empty.journal.for('services.add').flatMap((e) => (e.body as { array: Array<{ ParentFolder: unknown }> }).array);
    expect(sent.every((s) => typeof s.ParentFolder === 'number' || s.ParentFolder === null)).toBe(true);

    const before = empty.journal.count('services.list');
    const listed = await all(onEmpty.services.listAll());
    const pages = empty.journal.for('services.list').slice(before).map((e) => (e.body as { page: number }).page);
    expect(pages).toEqual([1, 2, 3]);
    expect(listed).toHaveLength(250);
    const ids = listed.map((s) => s.Id);
    expect(new Set(ids).size).toBe(250); // none twice
    expect([...ids].sort((a, b) => a - b)).toEqual([...added.ids].sort((a, b) => a - b)); // none lost
    expect(ids).toEqual([...ids].sort((a, b) => a - b)); // unfiltered: ascending Id
    expect(new Set(listed.map((s) => s.Name))).toEqual(new Set(items.map((s) => s.Name)));

    const inEngine = await all(onEmpty.services.listAll({ filter: { ParentFolder: engine } }));
    expect(inEngine).toHaveLength(50);
    expect(inEngine.every((s) => s.ParentFolder === engine)).toBe(true);
    expect(inEngine.map((s) => s.Name)).toEqual(items.filter((_, i) => i % 5 === 1).map((s) => s.Name));

    const nowhere = await all(onEmpty.services.listAll({ filter: { ParentFolder: null } }));
    expect(nowhere).toHaveLength(50);
    expect(nowhere.every((s) => s.ParentFolder === null)).toBe(true);
    const filter = (empty.journal.last('services.list')?.body as { filter: Record<string, unknown> }).filter;
    expect(filter).toHaveProperty('ParentFolder', null);

    // AND: folder and id together.
    const one = await onEmpty.services.list({ filter: { ParentFolder: engine, Id: inEngine[3]!.Id } });
    expect(one.data.map((s) => s.Id)).toEqual([inEngine[3]!.Id]);
    expect((await onEmpty.services.list({ filter: { ParentFolder: body, Id: inEngine[3]!.Id } })).data).toEqual([]);

    const topLevel = await all(onEmpty.services.folders.listAll({ filter: { ParentFolder: null } }));
    expect(topLevel.map((f) => f.Id)).toEqual([repair, consulting]);
    const underRepair = await all(onEmpty.services.folders.listAll({ filter: { ParentFolder: repair } }));
    expect(underRepair.map((f) => [f.Id, f.Name])).toEqual([
      [engine, 'Двигун'],
      [body, 'Кузов'],
    ]);
    expect((await all(onEmpty.services.folders.listAll())).map((f) => f.Id)).toEqual([repair, consulting, engine, body]);
  });

  it('update with one unknown id changes nothing, and the typed error lists the id', async () => {
    const home = await folder(onEmpty, 'Дім');
    const created = await onEmpty.services.add({ array: [{ Name: 'Перша' }, { Name: 'Друга' }] });
    const [first, second] = created.data.map((d) => d.Id) as [number, number];
    const error = await onEmpty.services
      .update({ array: [{ Id: first, Name: 'Змінена', ParentFolder: home }, { Id: 999999, Name: 'Немає' }, { Id: second, Memo: 'x' }] })
      .catch((e: unknown) => e);
    expect(isUnknownIdsError(error)).toBe(true);
    expect(unknownIdsOf(error)).toEqual([999999]);
    expect(error).toMatchObject({ kind: 'not_found', code: QUINCE_MOCK_CODES.notFound, endpoint: 'services.update' });
    const after = await onEmpty.services.list();
    expect(after.data.map((s) => [s.Id, s.Name, s.ParentFolder, s.Memo])).toEqual([
      [first, 'Перша', null, ''],
      [second, 'Друга', null, ''],
    ]);

    // The same batch without the unknown id goes through, and changes only the given fields.
    const updated = await onEmpty.services.update({ array: [{ Id: first, Name: 'Змінена', ParentFolder: home }, { Id: second, Memo: 'x' }] });
    expect(updated.data.map((d) => d.Id)).toEqual([first, second]);
    expect((await onEmpty.services.list()).data.map((s) => [s.Name, s.ParentFolder, s.Memo])).toEqual([
      ['Змінена', home, ''],
      ['Друга', null, 'x'],
    ]);

    const folderError = await onEmpty.services.folders.update({ array: [{ Id: home, Name: 'Інший' }, { Id: 4242 }] }).catch((e: unknown) => e);
    expect(unknownIdsOf(folderError)).toEqual([4242]);
    expect((await onEmpty.services.folders.list()).data.map((f) => f.Name)).toEqual(['Дім']);
  });

  it('addAll where the second chunk fails: the result reports it, the first chunk exists, nothing claims success falsely', async () => {
    const home = await folder(onEmpty, 'Дім');
    const items: NewService[] = Array.from({ length: 250 }, (_, i) => ({ Name: `S${i}`, ParentFolder: home }));
    items[150] = { Name: 'S150', ParentFolder: 424242 }; // a folder that does not exist: chunk 2 is rejected
    const result = await onEmpty.services.addAll(items);

    expect(result.ok).toBe(false);
    expect(result.chunks.map((c) => c.status)).toEqual(['succeeded', 'failed', 'skipped']);
    expect(empty.journal.count('services.add')).toBe(2); // the third chunk was never sent
    const failed = result.failed[0]!;
    expect([failed.start, failed.end]).toEqual([100, 200]);
    expect(isApiError(failed.error)).toBe(true);
    expect(failed.error).toMatchObject({ code: QUINCE_MOCK_CODES.folderNotFound, providerMessage: 'Папку 424242 не знайдено' });
    expect(result.skipped[0]?.items).toEqual(items.slice(200));
    expect(result.unconfirmed).toEqual(items.slice(100));

    // What the result confirms is exactly what exists; nothing else was created.
    const stored = await all(onEmpty.services.listAll());
    expect(stored.map((s) => s.Id)).toEqual(result.ids);
    expect(stored.map((s) => s.Name)).toEqual(items.slice(0, 100).map((s) => s.Name));

    // continueOnError sends the third chunk too; the failed one is still reported.
    await empty.reset();
    const home2 = await folder(onEmpty, 'Дім');
    const again = await onEmpty.services.addAll(
      items.map((s) => (s.ParentFolder === home ? { ...s, ParentFolder: home2 } : s)),
      { continueOnError: true },
    );
    expect(again.chunks.map((c) => c.status)).toEqual(['succeeded', 'failed', 'succeeded']);
    expect(again.ids).toHaveLength(150);
    expect((await all(onEmpty.services.listAll())).map((s) => s.Id)).toEqual(again.ids);
  });

  it('pages of exactly 100: 100, 101 and 0 items', async () => {
    const box = await folder(onEmpty, '100');
    const none = await folder(onEmpty, 'порожня');
    await onEmpty.services.addAll(Array.from({ length: 100 }, (_, i) => ({ Name: `P${i}`, ParentFolder: box })));

    const count = (): number => empty.journal.count('services.list');
    let start = count();
    expect(await all(onEmpty.services.listAll({ filter: { ParentFolder: box } }))).toHaveLength(100);
    expect(count() - start).toBe(2); // a full page, then an empty one
    expect(empty.journal.for('services.list').slice(start).map((e) => e.status)).toEqual([200, 200]);

    await onEmpty.services.add({ array: [{ Name: 'P100', ParentFolder: box }] });
    start = count();
    const hundredOne = await all(onEmpty.services.listAll({ filter: { ParentFolder: box } }));
    expect(hundredOne).toHaveLength(101);
    expect(new Set(hundredOne.map((s) => s.Id)).size).toBe(101);
    expect(count() - start).toBe(2); // 100, then 1

    start = count();
    expect(await all(onEmpty.services.listAll({ filter: { ParentFolder: none } }))).toEqual([]);
    expect(count() - start).toBe(1);

    // A page past the end is empty, not an error.
    expect((await onEmpty.services.list({ filter: { ParentFolder: box }, page: 9 })).data).toEqual([]);
  });
});

describe('quince mock: the seeded catalogue and its rules', () => {
  it('answers the documented list request like the doc', async () => {
    const { data } = await onSeeded.services.list({ filter: { ParentFolder: 110, PriceType: [339] }, page: 1 });
    expect(data).toHaveLength(1);
    expect(data[0]).toMatchObject({ Id: 111, ParentFolder: 110, Name: 'Product_1', Images: [{ Id: 586, Name: 'flowers.jpg' }] });
    expect(data[0]?.Prices?.map((p) => [p.PriceType, p.Price, p.Currency])).toEqual([[339, 5.5, 'USD']]);
    // Without PriceType, every price comes back.
    expect((await onSeeded.services.list({ filter: { Id: 111 } })).data[0]?.Prices?.map((p) => p.PriceType)).toEqual([339, 340]);
    expect((await onSeeded.services.folders.list({ filter: { ParentFolder: 110 } })).data).toEqual([{ Id: 118, ParentFolder: 110, Name: 'Hola_Folder_111' }]);
  });

  it('lists archived services only with Archive: true', async () => {
    expect((await onSeeded.services.list()).data.map((s) => s.Id)).toEqual([111, 112]);
    expect((await onSeeded.services.list({ filter: { Archive: true } })).data.map((s) => s.Id)).toEqual([111, 112, 115]);
    expect((await onSeeded.services.list({ filter: { ParentFolder: null } })).data.map((s) => s.Id)).toEqual([112]);
  });

  it('shares one id sequence between products and services, as the doc\'s ids suggest', async () => {
    // 113 and 114 are products: not services, and never reused for a service.
    expect((await onSeeded.services.list({ filter: { Id: 113, Archive: true } })).data).toEqual([]);
    const added = await onSeeded.services.add({ array: [{ Name: 'Hola_product_0', Article: '5555', ParentFolder: 110 }, { Name: 'Друга' }] });
    expect(added.data).toEqual([
      { id: 116, Id: 116 },
      { id: 117, Id: 117 },
    ]);
    expect((await onSeeded.services.folders.add({ array: [{ Name: 'Directory_111', ParentFolder: 100 }] })).data[0]?.Id).toBe(129);
    expect(seeded.state.products.findMany().map((p) => p.Id)).toEqual([113, 114]);
  });

  it('creates an unknown unit of measure on the fly', async () => {
    expect(seeded.state.units.findFirst((q) => q.where({ Name: 'м²' }))).toBeUndefined();
    await onSeeded.services.add({ array: [{ Name: 'Фарбування', UnitName: ' м² ' }] });
    expect(seeded.state.units.findFirst((q) => q.where({ Name: 'м²' }))).toBeDefined();
  });

  it('refuses to move a folder under its own descendant, and changes nothing', async () => {
    const error = await onSeeded.services.folders.update({ array: [{ Id: 110, Name: 'Renamed' }, { Id: 100, ParentFolder: 118 }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'api', code: QUINCE_MOCK_CODES.folderCycle });
    expect((await onSeeded.services.folders.list()).data).toEqual([
      { Id: 100, ParentFolder: null, Name: 'Послуги' },
      { Id: 110, ParentFolder: 100, Name: 'Directory_110' },
      { Id: 118, ParentFolder: 110, Name: 'Hola_Folder_111' },
    ]);
    // Moving a leaf to the top level is fine.
    await onSeeded.services.folders.update({ array: [{ Id: 118, ParentFolder: null }] });
    expect((await onSeeded.services.folders.list({ filter: { ParentFolder: null } })).data.map((f) => f.Id)).toEqual([100, 118]);
  });

  it('answers more than 100 items and a missing Id with success: false, changing nothing', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${SEEDED}${path}`, { method: 'POST', headers: { authorization: QUINCE_DEMO_AUTH.value, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
        async (r) => ({ status: r.status, body: (await r.json()) as { success: boolean; error?: { code: string }; data?: unknown[] } }),
      );
    const tooMany = await post('/api/v2/service/add', { array: Array.from({ length: 101 }, (_, i) => ({ Name: `X${i}` })) });
    expect(tooMany).toMatchObject({ status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.tooManyItems } } });
    const noId = await post('/api/v2/service/update', { array: [{ Id: 111, Name: 'Змінена' }, { Name: 'без Id' }] });
    expect(noId).toMatchObject({ status: 200, body: { success: false, error: { code: QUINCE_MOCK_CODES.missingId } } });
    const services = await onSeeded.services.list({ filter: { Archive: true } });
    expect(services.data.map((s) => s.Name)).toEqual(['Product_1', 'Консультація', 'Стара послуга']);
  });

  it('also answers the bare /service/... paths of the method table, and reads id/ID as Id, noting each in docHits', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${SEEDED}${path}`, { method: 'POST', headers: { authorization: QUINCE_DEMO_AUTH.value, 'content-type': 'application/json' }, body: JSON.stringify(body) }).then(
        async (r) => (await r.json()) as { success: boolean; data: Array<Record<string, unknown>> },
      );
    const bare = await post('/service/list', { filter: { ParentFolder: 110 } });
    expect(bare.data.map((s) => s.Id)).toEqual([111]);
    const lower = await post('/service/update', { array: [{ id: 112, Name: 'Консультація 2', ParentFolder: '110' }] });
    expect(lower).toEqual({ success: true, data: [{ id: 112 }] });
    expect((await onSeeded.services.list({ filter: { Id: 112 } })).data[0]).toMatchObject({ Name: 'Консультація 2', ParentFolder: 110 });
    expect(seeded.docHits.map((h) => [h.kind, h.path])).toEqual([
      ['bare-path', '/service/list'],
      ['bare-path', '/service/update'],
      ['id-casing', '/service/update'],
      ['numeric-string', '/service/update'],
    ]);
    // The journal records the canonical path; the SDK's own calls are not hits.
    expect(seeded.journal.for('services.update')[0]?.path).toBe('/api/v2/service/update');
    await seeded.reset();
    expect(seeded.docHits).toEqual([]);
  });

  it('serves the error-envelope and auth scenarios, by helper and by Prefer header', async () => {
    seeded.prefer('services.list', { example: 'error-envelope' });
    const envelope = await onSeeded.services.list().catch((e: unknown) => e);
    expect(isApiError(envelope)).toBe(true);
    expect(envelope).toMatchObject({ status: 200, code: QUINCE_MOCK_CODES.invalidRequest, providerMessage: 'Невірний запит' });

    const denied = await onSeeded.services.folders.add({ array: [{ Name: 'x' }] }, { headers: { prefer: 'example=unauthorized' } }).catch((e: unknown) => e);
    expect(isAuthError(denied)).toBe(true);
    expect(seeded.state.folders.findMany()).toHaveLength(3);

    const wrongKey = createQuince({ baseURL: SEEDED, auth: { header: 'Authorization', value: 'Bearer wrong-key' } });
    const error = await wrongKey.services.list().catch((e: unknown) => e);
    expect(isAuthError(error)).toBe(true);
    expect(error).toMatchObject({ status: 401, code: QUINCE_MOCK_CODES.unauthorized });
  });

  it('retries a read on 503 (safe, though a POST) but never a write', async () => {
    const retrying = createQuince({ baseURL: SEEDED, auth, retry: { baseDelayMs: 1, maxDelayMs: 2 } });
    seeded.prefer('services.list', { code: 503 }, { times: 2 });
    expect((await retrying.services.list()).data.length).toBeGreaterThan(0);
    expect(seeded.journal.for('services.list').map((e) => e.status)).toEqual([503, 503, 200]);
    seeded.prefer('services.add', { code: 503 }, { times: 2 });
    const error = await retrying.services.add({ array: [{ Name: 'x' }] }).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'api', status: 503 });
    expect(seeded.journal.count('services.add')).toBe(1);
  });

  it('rejects bad input before sending anything', async () => {
    const before = seeded.journal.count();
    const big = await onSeeded.services.folders.addAll(Array.from({ length: 120 }, (_, i) => ({ Name: i === 110 ? '' : `F${i}` }))).catch((e: unknown) => e);
    expect(isRequestValidationError(big)).toBe(true);
    expect((big as { issues: Array<{ path: string }> }).issues.map((i) => i.path)).toEqual(['array.110.Name']);
    const tooMany = await onSeeded.services.add({ array: Array.from({ length: 101 }, (_, i) => ({ Name: `X${i}` })) }).catch((e: unknown) => e);
    expect(isRequestValidationError(tooMany)).toBe(true);
    expect(seeded.journal.count()).toBe(before);
  });
});

describe('quince: the auth header value never leaks', () => {
  it('is sent, and is absent from the journal, errors, toJSON, hooks and logs', async () => {
    const seen: unknown[] = [];
    const client = createQuince({
      baseURL: GUARDED,
      auth: { header: 'X-Quince-Auth', value: SECRET },
      retry: false,
      hooks: { onRequest: (i) => seen.push(i), onResponse: (i) => seen.push(i), onError: (i) => seen.push({ ...i, error: i.error.toJSON() }) },
      logger: { debug: (m, meta) => seen.push([m, meta]), warn: (m, meta) => seen.push([m, meta]) },
    });
    await client.services.list({ filter: { ParentFolder: null } });
    const error = await client.services.update({ array: [{ Id: 999999, Name: 'x' }] }).catch((e: unknown) => e);
    expect(isUnknownIdsError(error)).toBe(true);
    guarded.prefer('services.list', { example: 'unauthorized' });
    const denied = await client.services.list().catch((e: unknown) => e);
    expect(isAuthError(denied)).toBe(true);

    // It really travelled: the mock accepted it (a wrong value gets 401).
    expect(guarded.journal.entries.map((e) => e.status)).toEqual([200, 200, 401]);
    expect(guarded.journal.entries[0]?.headers['x-quince-auth']).toBe('[REDACTED]');
    for (const text of [JSON.stringify(guarded.journal.entries), JSON.stringify(error), String(error), JSON.stringify(denied), (denied as Error).stack ?? '', JSON.stringify(seen)]) {
      expect(text).not.toContain(SECRET);
    }
    expect(seen.length).toBeGreaterThan(6);
  });
});
