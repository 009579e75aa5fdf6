// Reproducible runs: with a seed (and a frozen clock) every id, uuid and token and every journal
// entry is the same run to run; another seed gives other values.
import { describe, expect, it } from 'vitest';
import { createOmarket } from '@x/omarket';
import { createOnlinerSecond } from '@x/onliner-second';
import { createMockClock } from './clock';
import { createMockRandom } from './random';
import { createMockServer } from './server';
import { OMARKET_MOCK_API_KEY } from './omarket';

const start = Date.UTC(2026, 2, 2, 9, 0, 0);
declare const unknownAnswers: { tokens: { accessToken: string; refreshToken: string }; uuid: string; image: unknown; photo: unknown; onlinerToken: string | undefined };

/** A whole run over HTTP: register, log in, create an ad, upload images, take an Onliner token. */
async function run(seed: string | undefined) {
  const server = await createMockServer({ providers: ['omarket', 'onliner-second'], port: 0, clock: createMockClock({ frozen: true, start }), ...(seed === undefined ? {} : { seed }) });
  try {
    const omarket = createOmarket({ apiKey: OMARKET_MOCK_API_KEY, baseURL: server.urlFor('omarket'), retry: false });
    await omarket.auth.register({ msisdn: '996555000123', password: 'seed-password-1', password2: 'seed-password-1' });
    await omarket.auth.checkOtp({ msisdn: '996555000123', otp: '1234' });
    const tokens = await omarket.login({ msisdn: '996555000123', password: 'seed-password-1' });
    const ad = await omarket.createAd({ title: 'Toyota Camry 2010', description: 'One owner', category: 2, location: 1, price: 950000, currency: 'som', ad_type: 'sell', filters: [{ filter_id: 11, value: '4304' }] });
    const image = await omarket.ads.uploadImage({ uuid: ad.uuid, image: new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'camry.jpg', { type: 'image/jpeg' }) });
    const onliner = createOnlinerSecond({ clientId: 'demo-client', clientSecret: 'demo-secret', baseURL: server.urlFor('onliner-second'), authURL: server.urlFor('onliner-second', 'auth'), uploadURL: server.urlFor('onliner-second', 'upload'), retry: false });
    const photo = await onliner.upload.image({ meta: { type: 'baralog-photo' }, file: new File([new Uint8Array([1, 2, 3])], 'a.jpg', { type: 'image/jpeg' }) } as never);
    const onlinerToken = server.mocks['onliner-second']!.state.tokens.findMany()[0]?.token;
    const journal = await (await fetch(`${server.url}/__mock/journal`)).text();
    // The port and the client's multipart boundary differ run to run, and `expiresAt` is the SDK's
    // own reading of its clock: none of them comes from the mock.
    const answers = JSON.stringify({ tokens: { ...tokens, expiresAt: undefined }, uuid: ad.uuid, image: image.result, photo, onlinerToken });
    const host = new URL(server.url).host;
    return { answers: JSON.parse(answers.replaceAll(host, '<host>')) as typeof unknownAnswers, journal: JSON.parse(journal.replaceAll(host, '<host>').replace(/boundary=[^"]+/g, 'boundary=<client>')) as unknown };
  } finally {
    await server.close();
  }
}

describe('seed', () => {
  it('two runs with one seed give identical answers and journals; another seed differs', async () => {
    const first = await run('demo-seed');
    const second = await run('demo-seed');
    expect(second.answers).toEqual(first.answers);
    expect(second.journal).toEqual(first.journal);
    const other = await run('another-seed');
    expect(other.answers.uuid).not.toBe(first.answers.uuid);
    expect(other.answers.tokens.refreshToken).not.toBe(first.answers.tokens.refreshToken);
    expect(other.answers.image).not.toEqual(first.answers.image);
    expect(other.answers.onlinerToken).not.toBe(first.answers.onlinerToken);
    // Without a seed, each run draws its own.
    const unseeded = await run(undefined);
    expect(unseeded.answers.uuid).not.toBe(first.answers.uuid);
  }, 60_000);

  it('the random source: same seed same sequence, reset starts again, uuids are version 4', () => {
    const a = createMockRandom(42);
    const b = createMockRandom('42');
    const sequence = Array.from({ length: 5 }, () => a.hex(8));
    expect(Array.from({ length: 5 }, () => b.hex(8))).toEqual(sequence);
    a.reset();
    expect(a.hex(8)).toBe(sequence[0]);
    expect(a.uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(createMockRandom(43).hex(8)).not.toBe(sequence[0]);
    // Roughly uniform: each hex digit between 4 % and 8 % of 16 000 draws.
    const counts = new Map<string, number>();
    for (const ch of createMockRandom('uniform').hex(16_000)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(16);
    for (const n of counts.values()) expect(n / 16_000).toBeGreaterThan(0.04);
    for (const n of counts.values()) expect(n / 16_000).toBeLessThan(0.08);
  });
});
