// A failed import through waitForImport, in-process and over the HTTP server `npx x-mock` runs:
// `Prefer: example=import-failed` reaches both calls waitForImport makes, and both know it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOnlinerSecond } from '@x/onliner-second';
import { createMockServer, type MockServer } from '../../index';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: ['onliner-second'], port: 0 });
});
afterAll(() => server.close());

function client() {
  const urls = (host: string) => server.urlFor('onliner-second', host);
  return createOnlinerSecond({ clientId: 'demo-client', clientSecret: 'demo-secret', baseURL: urls('main'), authURL: urls('auth'), uploadURL: urls('upload') });
}

describe('onliner-second: a failed import over HTTP', () => {
  it('waitForImport returns the failed report under Prefer: example=import-failed', async () => {
    const result = await client().waitForImport('5a16c41acab2fd0202641102', { headers: { prefer: 'example=import-failed' } });
    expect(result.report).toMatchObject({ status: 'failed', error_message: 'Ошибка обработки импорта' });
    expect(result.offerErrors).toEqual([]);
    const journal = server.mocks['onliner-second']!.journal;
    expect(journal.entries.filter((e) => e.endpoint?.startsWith('importReport')).map((e) => `${e.endpoint} ${e.status} ${e.scenario}`)).toEqual([
      'importReport.get 200 example=import-failed',
      'importReport.errors 200 example=import-failed',
    ]);
  });

  it('explains a Prefer example that belongs to another endpoint', async () => {
    const url = `${server.urlFor('onliner-second')}/shop/import-report/5a16c41acab2fd0202641102/errors`;
    const response = await fetch(url, { headers: { prefer: 'example=pending' } });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { mockError: string }).mockError).toContain('It is an example of importReport.get');
  });
});
