import { describe, expect, it } from 'vitest';
import { createTestRuntime, jsonResponse, type RecordedRequest } from '@x/core/testing';
import { isAbortError, isApiError, isTimeoutError, type SdkError } from '@x/core/provider';
import { isOnlinerSecondError } from './classify';
import { createOnlinerSecond } from './client';
import { fakeOnliner } from '../test/fake-api';

const credentials = { clientId: 'client-id-0123', clientSecret: 'client-secret-0123456789' };

function make(api: (request: RecordedRequest) => Response | Promise<Response>) {
  const fake = fakeOnliner((request) => api(request));
  const runtime = createTestRuntime();
  const client = createOnlinerSecond({ ...credentials, fetch: fake.fetch, retry: false, runtime });
  return { fake, runtime, client };
}

/** Answers import reports from a list of statuses, one per poll (the last one repeats). */
function importApi(statuses: string[], errors = 0) {
  let poll = 0;
  return (request: RecordedRequest): Response => {
    if (request.parsedURL.pathname.endsWith('/errors')) return jsonResponse([{ id: 'offer1', errors: { description: ['Добавьте описание к объявлению'] } }], 200);
    const status = statuses[Math.min(poll++, statuses.length - 1)];
    const done = status === 'processed' || status === 'failed';
    return jsonResponse({ id: 'imp1', status, total: done ? 3 : 0, errors: done ? errors : 0, error_message: errors > 0 ? 'Ошибка валидации' : null }, 200);
  };
}

async function thrown(promise: Promise<unknown>): Promise<SdkError> {
  try {
    await promise;
  } catch (error) {
    return error as SdkError;
  }
  throw new Error('expected a rejection');
}

describe('waitForImport', () => {
  it('polls with a growing pause until processed, then fetches the per-offer errors', async () => {
    const { fake, runtime, client } = make(importApi(['pending', 'pending', 'processing', 'processed'], 1));
    const result = await client.waitForImport('imp1');
    expect(result.report).toEqual({ id: 'imp1', status: 'processed', total: 3, errors: 1, error_message: 'Ошибка валидации' });
    expect(result.offerErrors).toEqual([{ id: 'offer1', errors: { description: ['Добавьте описание к объявлению'] } }]);
    expect(runtime.sleeps).toEqual([1000, 1500, 2250]);
    expect(fake.apiRequests.map((r) => r.parsedURL.pathname)).toEqual([
      '/shop/import-report/imp1',
      '/shop/import-report/imp1',
      '/shop/import-report/imp1',
      '/shop/import-report/imp1',
      '/shop/import-report/imp1/errors',
    ]);
  });

  it('does not ask for errors when the import rejected none', async () => {
    const { fake, client } = make(importApi(['processed'], 0));
    expect(await client.waitForImport('imp1')).toMatchObject({ report: { status: 'processed' }, offerErrors: [] });
    expect(fake.apiRequests).toHaveLength(1);
  });

  it('resolves a failed import too, with its errors', async () => {
    const { client } = make(importApi(['processing', 'failed'], 0));
    const result = await client.waitForImport('imp1', { interval: 10 });
    expect(result.report.status).toBe('failed');
    expect(result.offerErrors).toHaveLength(1);
  });

  it('caps the pause at maxInterval', async () => {
    const { runtime, client } = make(importApi(['pending', 'pending', 'pending', 'pending', 'processed']));
    await client.waitForImport('imp1', { interval: 400, maxInterval: 700 });
    expect(runtime.sleeps).toEqual([400, 600, 700, 700]);
  });

  it('throws a TimeoutError when the import does not finish in time', async () => {
    const { runtime, client } = make(importApi(['pending']));
    const error = await thrown(client.waitForImport('imp1', { timeout: 5000 }));
    expect(isTimeoutError(error)).toBe(true);
    expect(error).toMatchObject({ timeoutMs: 5000, endpoint: 'importReport.get' });
    expect(runtime.sleeps.reduce((a, b) => a + b, 0)).toBe(5000);
  });

  it('throws an AbortError when the signal fires while waiting', async () => {
    const controller = new AbortController();
    let polls = 0;
    const { client } = make(() => {
      if (++polls === 2) controller.abort();
      return jsonResponse({ id: 'imp1', status: 'pending', total: 0, errors: 0 }, 200);
    });
    const error = await thrown(client.waitForImport('imp1', { signal: controller.signal }));
    expect(isAbortError(error)).toBe(true);
    expect(polls).toBe(2);
  });
});

describe('closeOffers', () => {
  it('reports the requested ids the provider skipped', async () => {
    const { fake, client } = make(() => jsonResponse({ updated_offers: ['a', 'c'] }, 200));
    expect(await client.closeOffers(['a', 'b', 'c', 'b', 'zzz'])).toEqual({ updated_offers: ['a', 'c'], skipped: ['b', 'zzz'] });
    expect(JSON.parse(fake.apiRequests[0]!.body as string)).toEqual({ offer_ids: ['a', 'b', 'c', 'b', 'zzz'] });
  });
});

describe('uploadImage', () => {
  const task = (status: string, images: unknown = [], errors: unknown[] = []) => ({
    id: 'PhTrlafxvBUPudeM',
    hash: 'd8b6900306954b8268cf58c4119ad106',
    images,
    created_at: '2014-07-29 18:01:48',
    errors,
    status,
    url: 'https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM',
  });
  const sizes = { '1280x1280': 'https://content.onliner.by/baralog/1/x1280/a.jpeg', x80: 'https://content.onliner.by/baralog/1/x80/a.jpeg' };

  it('uploads, polls the task until processed and returns the size map', async () => {
    const answers = [task('uploaded'), task('processing'), task('processed', sizes)];
    const { fake, runtime, client } = make(() => jsonResponse(answers.shift(), 200));
    const photo = await client.uploadImage(new Blob(['jpeg bytes'], { type: 'image/jpeg' }), { filename: 'bike.jpg' });
    expect(photo).toEqual(sizes);
    expect(runtime.sleeps).toEqual([1000, 1500]);
    const [upload, ...polls] = fake.apiRequests;
    expect((upload!.form!.get('file') as File).name).toBe('bike.jpg');
    expect(polls.map((r) => r.parsedURL.pathname)).toEqual(['/upload/PhTrlafxvBUPudeM', '/upload/PhTrlafxvBUPudeM']);
  });

  it('throws an ApiError with the processing errors when the image cannot be processed', async () => {
    const answers = [task('uploaded'), task('error', [], ['Не удалось обработать изображение'])];
    const { client } = make(() => jsonResponse(answers.shift(), 200));
    const error = await thrown(client.uploadImage(new Blob(['x'])));
    expect(isApiError(error)).toBe(true);
    expect(isOnlinerSecondError(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'image_processing_failed', providerMessage: 'Не удалось обработать изображение', endpoint: 'upload.status', details: { id: 'PhTrlafxvBUPudeM', status: 'error' } });
  });

  it('keeps the upload token out of a processing failure, whatever the upload host echoes', async () => {
    // The upload host's errors quote the upload URL with `?token=`: the client's current token
    // (known to the redactor), and an older one it never saw (masked by the parameter name).
    const url = 'https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM';
    const errors = [
      `Fetching ${url}?token=access-token-1 failed`,
      { message: 'retry failed', url: `${url}?token=stale-token-from-elsewhere-42&x=1`, token: 'access-token-1' },
      'token access-token-1 expired',
    ];
    const answers = [task('uploaded'), task('error', [], errors)];
    const { fake, client } = make(() => jsonResponse(answers.shift(), 200));
    const error = await thrown(client.uploadImage(new Blob(['x'])));
    // The test means something: the token did travel in the query of the upload.
    expect(fake.apiRequests[0]!.parsedURL.searchParams.get('token')).toBe('access-token-1');
    expect(error).toMatchObject({ reason: 'image_processing_failed', endpoint: 'upload.status', details: { id: 'PhTrlafxvBUPudeM', status: 'error' } });
    const e = error as SdkError & { providerMessage?: string; details?: unknown };
    expect(e.providerMessage).toContain('?token=[REDACTED]');
    const text = [String(e), e.message, e.stack ?? '', e.providerMessage, JSON.stringify(e), JSON.stringify(e.toJSON()), JSON.stringify(e.details)].join('\n');
    expect(text).not.toContain('access-token-1');
    expect(text).not.toContain('stale-token-from-elsewhere-42');
  });

  it('refuses a processed task without sizes', async () => {
    const { client } = make(() => jsonResponse(task('processed', []), 200));
    const error = await thrown(client.uploadImage(new Blob(['x'])));
    expect(error).toMatchObject({ reason: 'image_processing_failed' });
  });
});
