import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createOnlinerSecond, paginate, townByName, type OnlinerSecondClient } from '@x/onliner-second';
import { createMockServer, type MockServer } from '../../index';
import type { OnlinerSecondMock } from '../../onliner-second';

// The README's walkthrough, verbatim between the markers (the first test keeps them equal), run
// against the local HTTP mock server.
async function walkthrough(onliner: OnlinerSecondClient, file: File) {
  // README:start
  // 1. Upload the photo; resolves once the upload host has resized it.
  const photo = await onliner.uploadImage(file);

  // 2. Queue offers for import. Amounts may be numbers: they travel as "1250.00".
  const { id } = await onliner.offers.send({
    body: [
      {
        id: 'bike-42',
        product: { category: 'Велосипеды', vendor: 'Orbea', model: 'Alma H50 27.5 (2015)' },
        price: { amount: 1250, currency: 'BYN' },
        location: { geo_town_id: townByName('Минск')!.id },
        contact: { name: 'Александр', phones: ['+375295181888'], call_time: [9, 18] },
        condition: 9,
        description: 'Продам велосипед ORBEA ALMA H50',
        delivery: { available_for_country: true },
        photos: [photo],
      },
      {
        id: 'bike-43',
        product: { category: 'Велосипеды', vendor: 'Stels', model: 'Navigator 500' },
        price: { amount: '480.00', currency: 'BYN' },
        location: { geo_town_id: 12370 },
        contact: { name: 'Александр', phones: ['+375295181888'], call_time: [9, 18] },
        condition: 6,
        description: '',
      },
    ],
  });

  // 3. Wait for the import; rejected offers come with the provider's reasons (in Russian).
  const { report, offerErrors } = await onliner.waitForImport(id, { timeout: 60_000 });
  console.log(report.status, report.total, report.errors); // processed 2 1
  for (const rejected of offerErrors) console.log(rejected.id, rejected.errors); // bike-43 { description: ['Добавьте описание к объявлению'] }

  // 4. Walk every offer with its moderation status, 50 per page.
  for await (const offer of paginate(onliner.offers.list, { limit: 50 })) {
    console.log(offer.id, offer.status); // bike-42 pending (under moderation)
  }

  // 5. Close offers; ids the provider skipped silently are reported.
  const closed = await onliner.closeOffers(['bike-42', 'bike-43']);
  console.log(closed.updated_offers, closed.skipped); // ['bike-42'] ['bike-43']
  // README:end
  return { photo, id, report, offerErrors, closed };
}

const README = new URL('../../../../onliner-second/README.md', import.meta.url);

function between(text: string, start: string, end: string): string {
  const from = text.indexOf(start);
  const to = text.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`markers ${start} / ${end} not found`);
  return text.slice(from + start.length, to);
}

/** Trailing spaces off, and `indent` leading spaces off every line (the function body's indent). */
const normalize = (code: string, indent = 0) =>
  code
    .split('\n')
    .map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length)).trimEnd())
    .join('\n')
    .trim();

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: ['onliner-second'], port: 0 });
});
afterAll(() => server.close());

describe('packages/onliner-second/README.md', () => {
  it('shows exactly the walkthrough this test runs', () => {
    const readme = between(readFileSync(README, 'utf8'), '<!-- walkthrough:start -->', '<!-- walkthrough:end -->').trim();
    const fenced = /^```ts\n([\s\S]*)\n```$/.exec(readme);
    expect(fenced, 'the walkthrough is one ```ts block').not.toBeNull();
    const here = between(readFileSync(new URL(import.meta.url), 'utf8'), '// README:start', '// README:end');
    expect(normalize(here, 2)).toBe(normalize(fenced![1]!));
  });

  it('runs upload → send → wait → list → close against the mock server', async () => {
    const mock = server.mocks['onliner-second'] as OnlinerSecondMock;
    const onliner = createOnlinerSecond({
      clientId: 'demo-client',
      clientSecret: 'demo-secret',
      baseURL: server.urlFor('onliner-second'),
      authURL: server.urlFor('onliner-second', 'auth'),
      uploadURL: server.urlFor('onliner-second', 'upload'),
      // Backoff pauses move the mock's clock instead of waiting.
      runtime: { sleep: async (ms) => mock.clock.advance(ms) },
    });
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], 'bike.jpg', { type: 'image/jpeg' });
    const result = await walkthrough(onliner, file);
    expect(Object.keys(result.photo)).toEqual(['1280x1280', 'x80', 'mobile_list']);
    expect(result.report).toMatchObject({ id: result.id, status: 'processed', total: 2, errors: 1 });
    expect(log.mock.calls).toEqual([
      ['processed', 2, 1],
      ['bike-43', { description: ['Добавьте описание к объявлению'] }],
      ['offer1', 'correction'],
      ['offer2', 'approved'],
      ['bike-42', 'pending'],
      [['bike-42'], ['bike-43']],
    ]);
    expect(mock.state.offers.findFirst((q) => q.where({ id: 'bike-42' }))?.data.photos).toEqual([result.photo]);
  });
});
