import { describe, expect, it } from 'vitest';
import { isApiError, isRequestValidationError, isResponseValidationError, type RequestValidationError } from '@x/core/provider';
import { createTestRuntime, networkFailure, scriptedFetch, type RecordedRequest } from '@x/core/testing';
import { chunk } from './batch';
import { createQuince } from './index';
import { fail, ok } from '../test/fake-fetch';

const quince = (fetch: typeof globalThis.fetch) =>
  createQuince({ baseURL: 'https://tenant.quince.test', auth: { header: 'Authorization', value: 'Bearer batch-key' }, fetch, runtime: createTestRuntime() });

/** A fake provider that assigns ids from 1000 on and answers `{ id }` per created item. */
function creating() {
  let next = 1000;
  return (_request: Request, recorded: RecordedRequest) => ok((recorded.json.array as unknown[]).map(() => ({ id: next++ })));
}

const services = (n: number) => Array.from({ length: n }, (_, i) => ({ Name: `Service ${i}` }));

describe('chunk', () => {
  it('splits into chunks of the given size', () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 100)).toEqual([]);
  });
});

describe('addAll / updateAll', () => {
  it('sends 250 items as 100 + 100 + 50 and reports every id', async () => {
    const fetch = scriptedFetch(creating());
    const result = await quince(fetch).services.addAll(services(250));
    expect(fetch.calls.map((c) => c.json.array.length)).toEqual([100, 100, 50]);
    expect(fetch.calls.every((c) => c.url.endsWith('/api/v2/service/add'))).toBe(true);
    expect(result.ok).toBe(true);
    expect(result.atomic).toBe(false);
    expect(result.ids).toEqual(Array.from({ length: 250 }, (_, i) => 1000 + i));
    expect(result.chunks.map((c) => [c.index, c.start, c.end, c.status])).toEqual([
      [0, 0, 100, 'succeeded'],
      [1, 100, 200, 'succeeded'],
      [2, 200, 250, 'succeeded'],
    ]);
    expect(result.unconfirmed).toEqual([]);
  });

  it('does nothing for an empty array', async () => {
    const fetch = scriptedFetch(creating());
    const result = await quince(fetch).services.folders.addAll([]);
    expect(result).toMatchObject({ ok: true, ids: [], chunks: [] });
    expect(fetch.calls).toHaveLength(0);
  });

  it('stops after a failed chunk and reports it, the applied chunk and the skipped one', async () => {
    const create = creating();
    // The second chunk fails, every other one is created.
    const fetch = scriptedFetch(create, fail({ code: 'E', message: 'Папку не знайдено' }), create);
    const items = services(250);
    const result = await quince(fetch).services.addAll(items);
    expect(fetch.calls).toHaveLength(2);
    expect(result.ok).toBe(false);
    expect(result.chunks.map((c) => c.status)).toEqual(['succeeded', 'failed', 'skipped']);
    expect(result.succeeded[0]?.ids).toHaveLength(100);
    expect(result.ids).toEqual(result.succeeded[0]?.ids);
    const failed = result.failed[0]!;
    expect(isApiError(failed.error)).toBe(true);
    expect(failed.error).toMatchObject({ code: 'E', providerMessage: 'Папку не знайдено' });
    // Add does not document all-or-nothing: the failed chunk may or may not have been applied.
    expect(failed.applied).toBe('unknown');
    expect(failed.items).toEqual(items.slice(100, 200));
    expect(result.skipped[0]?.items).toEqual(items.slice(200));
    expect(result.unconfirmed).toEqual(items.slice(100));
  });

  it('goes on after a failure with continueOnError', async () => {
    const create = creating();
    const fetch = scriptedFetch(create, fail('nope'), create);
    const result = await quince(fetch).services.addAll(services(250), { continueOnError: true });
    expect(fetch.calls).toHaveLength(3);
    expect(result.chunks.map((c) => c.status)).toEqual(['succeeded', 'failed', 'succeeded']);
    expect(result.ids).toHaveLength(150);
    expect(result.unconfirmed).toHaveLength(100);
  });

  it('marks a rejected update chunk as not applied (updates are all-or-nothing)', async () => {
    const fetch = scriptedFetch(fail({ code: 'not_found', message: 'Not found', notFound: [5] }));
    const result = await quince(fetch).services.updateAll([{ Id: 5, Name: 'x' }]);
    expect(result.failed[0]).toMatchObject({ applied: 'no', error: { kind: 'not_found', reason: 'unknown_ids' } });
  });

  it('marks a chunk whose answer was lost as possibly applied, and one never sent as not applied', async () => {
    const lost = scriptedFetch(networkFailure('ECONNRESET'));
    expect((await quince(lost).services.folders.updateAll([{ Id: 1, Name: 'x' }])).failed[0]?.applied).toBe('unknown');
    const refused = scriptedFetch(networkFailure('ECONNREFUSED'));
    expect((await quince(refused).services.addAll([{ Name: 'x' }])).failed[0]?.applied).toBe('no');
  });

  it('checks every item of every chunk before sending the first', async () => {
    const fetch = scriptedFetch(creating());
    const changes = Array.from({ length: 250 }, (_, i) => ({ Id: i + 1, Name: `n${i}` })) as Array<{ Id?: number; Name: string }>;
    delete changes[230]!.Id;
    const error = await quince(fetch)
      .services.updateAll(changes as never)
      .catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect((error as RequestValidationError).issues.map((i) => i.path)).toEqual(['array.230.id']);
    expect((error as Error).message).toMatch(/updateAll.*array\.230\.id.*Nothing was sent/);
    expect(fetch.calls).toHaveLength(0);
  });

  it('honours a smaller chunkSize and rejects one above 100', async () => {
    const fetch = scriptedFetch(creating());
    const result = await quince(fetch).services.folders.addAll(
      Array.from({ length: 5 }, (_, i) => ({ Name: `F${i}` })),
      { chunkSize: 2 },
    );
    expect(fetch.calls.map((c) => c.json.array.length)).toEqual([2, 2, 1]);
    expect(result.ids).toEqual([1000, 1001, 1002, 1003, 1004]);
    const error = await quince(fetch).services.addAll(services(3), { chunkSize: 101 }).catch((e: unknown) => e);
    expect(isRequestValidationError(error)).toBe(true);
    expect(fetch.calls).toHaveLength(3);
  });

  it('skips the remaining chunks once the signal aborts', async () => {
    const controller = new AbortController();
    const create = creating();
    const fetch = scriptedFetch((request, recorded) => {
      controller.abort();
      return create(request, recorded);
    });
    const result = await quince(fetch).services.addAll(services(150), { signal: controller.signal });
    expect(fetch.calls).toHaveLength(1);
    expect(result.chunks.map((c) => c.status)).toEqual(['succeeded', 'skipped']);
    expect(result.ok).toBe(false);
  });
});

describe('what a chunk result promises', () => {
  it('does not count a chunk as succeeded when fewer ids come back than items were sent', async () => {
    let next = 1000;
    // The provider says success but confirms only the first item of each chunk.
    const fetch = scriptedFetch((_request, recorded) => ok([{ id: next++ }].slice(0, Math.min(1, recorded.json.array.length))));
    const items = services(3);
    const result = await quince(fetch).services.addAll(items, { chunkSize: 2 });
    expect(result.ok).toBe(false);
    expect(result.chunks.map((c) => c.status)).toEqual(['unverified', 'succeeded']);
    expect(result.unverified[0]).toMatchObject({ reason: 'ids_mismatch', applied: 'unknown', ids: [1000], items: items.slice(0, 2) });
    expect(result.succeeded[0]).toMatchObject({ ids: [1001], items: items.slice(2) });
    // Only ids that pair one-to-one with their items are reported as created.
    expect(result.ids).toEqual([1001]);
    expect(result.unconfirmed).toEqual(items.slice(0, 2));
    expect(fetch.calls).toHaveLength(2);
  });

  it('reads the ids with response validation off too (write results spell it `id`)', async () => {
    const result = await quince(scriptedFetch(creating())).services.addAll(services(3), { validateResponse: 'off' });
    expect(result).toMatchObject({ ok: true, ids: [1000, 1001, 1002] });
  });

  it.each([
    [502, new Response('<html><body>502 Bad Gateway</body></html>', { status: 502, headers: { 'content-type': 'text/html' } })],
    [504, new Response('<html><body>504 Gateway Time-out</body></html>', { status: 504, headers: { 'content-type': 'text/html' } })],
    [500, new Response('', { status: 500 })],
  ])('reports an update chunk that got a bare %i (a proxy) as possibly applied', async (_status, answer) => {
    const result = await quince(scriptedFetch(answer)).services.updateAll([{ Id: 5, Name: 'x' }]);
    expect(isApiError(result.failed[0]?.error)).toBe(true);
    expect(result.failed[0]?.applied).toBe('unknown');
    expect(result.unconfirmed).toEqual([{ Id: 5, Name: 'x' }]);
  });

  it('reports an update chunk as not applied only on a success: false answer or a 4xx', async () => {
    const answers: Array<Parameters<typeof scriptedFetch>[0]> = [
      fail({ code: 'E', message: 'rejected' }),
      fail({ code: 'E', message: 'rejected in a 500' }, 500),
      new Response('Bad Request', { status: 400 }),
      new Response('Conflict', { status: 409 }),
      { status: 401, body: { message: 'no' } },
    ];
    for (const answer of answers) {
      const result = await quince(scriptedFetch(answer)).services.folders.updateAll([{ Id: 1, Name: 'x' }]);
      expect(result.failed[0]?.applied, JSON.stringify(result.failed[0]?.error)).toBe('no');
    }
  });

  it('counts a success: true answer that fails validation as applied, not as a failed chunk to re-send', async () => {
    let calls = 0;
    const fetch = scriptedFetch((_request, recorded) => {
      calls++;
      // The first chunk's answer says success but its ids are not numbers.
      if (calls === 1) return { body: { success: true, data: (recorded.json.array as unknown[]).map((_, i) => ({ id: `new-${i}` })) } };
      return ok((recorded.json.array as unknown[]).map((_, i) => ({ id: 2000 + i })));
    });
    const items = services(3);
    const result = await quince(fetch).services.addAll(items, { chunkSize: 2 });
    expect(result.ok).toBe(false);
    expect(result.chunks.map((c) => c.status)).toEqual(['unverified', 'succeeded']);
    const chunk = result.unverified[0]!;
    expect(chunk).toMatchObject({ reason: 'invalid_response', applied: 'yes', ids: [] });
    expect(isResponseValidationError(chunk.error)).toBe(true);
    // Not failed, and not among the items that nothing confirms: re-sending them would duplicate.
    expect(result.failed).toEqual([]);
    expect(result.unconfirmed).toEqual([]);
    // The next chunk was sent: nothing failed.
    expect(fetch.calls).toHaveLength(2);
  });

  it('reads what ids it can from a success: true answer that fails validation', async () => {
    const fetch = scriptedFetch({ body: { success: true, data: [{ Id: 7, Name: 42 }, { id: '8' }], extra: 'x' } });
    const result = await quince(fetch).services.updateAll([{ Id: 7, Name: 'a' }, { Id: 8, Name: 'b' }], { validateResponse: 'strict' });
    expect(result.unverified[0]).toMatchObject({ reason: 'invalid_response', applied: 'yes', ids: [7, 8] });
  });

  it('keeps a chunk whose answer failed validation without saying success among the failed ones', async () => {
    const fetch = scriptedFetch(new Response('<html>maintenance</html>', { status: 200, headers: { 'content-type': 'text/html' } }));
    const result = await quince(fetch).services.addAll(services(1));
    expect(result.failed[0]).toMatchObject({ applied: 'unknown' });
    expect(isResponseValidationError(result.failed[0]?.error)).toBe(true);
  });
});
