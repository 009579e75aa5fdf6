// Behaviour of the generic mock machinery, shown on the b2motor mock.
import { describe, expect, it } from 'vitest';
import { createB2motor, isAuthError } from '@x/b2motor';
import { createB2motorMock } from './b2motor';
import { useMsw } from './setup-msw.test-helper';

const baseURL = 'https://b2motor.core-test/api/webservice';
const mock = createB2motorMock({ baseURL });
useMsw(...mock.handlers);
const good = createB2motor({ login: 'demo', password: 'demo', baseURL, retry: false });
const wrong = createB2motor({ login: 'demo', password: 'nope', baseURL, retry: false });

describe('mock scenarios and reset', () => {
  it('a request rejected by auth does not use up a queued scenario', async () => {
    await mock.reset();
    mock.prefer('basket.list', { code: 503 });
    expect(isAuthError(await wrong.basket.list().catch((e: unknown) => e))).toBe(true);
    await expect(good.basket.list()).rejects.toMatchObject({ status: 503 });
    expect(mock.journal.entries.map((e) => [e.status, e.scenario])).toEqual([
      [401, undefined],
      [503, 'code=503'],
    ]);
  });

  it('unknown scenario names are loud, from the helper and from the header', async () => {
    // @ts-expect-error not a documented example of basket.list
    expect(() => mock.prefer('basket.list', { example: 'nope' })).toThrow('Valid: example=doc-example, example=not-orderable');
    const error = await good.basket.list({}, { headers: { prefer: 'example=nope' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400 });
  });

  it('a request in flight during reset does not write into the new journal', async () => {
    await mock.reset();
    const url = new URL(`${baseURL}/basket/list/?userlogin=demo&userpassw=fe01ce2a7fbac8fafaed7c982a04e229`);
    const pending = mock.handle({ method: 'GET', url, headers: new Headers(), body: undefined, host: 'main', path: '/basket/list/' });
    await mock.reset();
    expect((await pending).status).toBe(200);
    expect(mock.journal.count()).toBe(0);
    await mock.handle({ method: 'GET', url, headers: new Headers(), body: undefined, host: 'main', path: '/basket/list/' });
    expect(mock.journal.count()).toBe(1);
  });
});
