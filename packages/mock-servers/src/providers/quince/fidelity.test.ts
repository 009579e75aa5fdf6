// Quince as seed 004 prints it: the folder-add example with "Id": 110 is served verbatim, and a
// service update spells its id `id` as the field table does, through the SDK and over HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createQuince } from '@x/quince';
import { createMockServer, type MockServer } from '../../index';
import { quinceExamples } from './examples';
import { QUINCE_DEMO_AUTH } from './index';

let server: MockServer;
beforeAll(async () => {
  server = await createMockServer({ providers: ['quince'], port: 0 });
});
afterAll(() => server.close());

describe('Quince documented examples stay verbatim', () => {
  it('keeps "Id": 110 in the folder-add example, and the SDK sends it as printed', async () => {
    expect(quinceExamples['services.folders.add'][0].request.body).toEqual({ array: [{ Id: 110, Name: 'Directory_111', ParentFolder: 100 }] });
    const quince = createQuince({ baseURL: server.urlFor('quince'), auth: { header: QUINCE_DEMO_AUTH.header, value: QUINCE_DEMO_AUTH.value } });
    const created = await quince.services.folders.add({ array: [{ Id: 110, Name: 'Directory_111', ParentFolder: 100 }] });
    expect(created.data[0]!.Id).not.toBe(110); // Id is ignored on add: a new folder
    expect(server.mocks.quince!.journal.last('services.folders.add')?.body).toEqual({ array: [{ Id: 110, Name: 'Directory_111', ParentFolder: 100 }] });
  });

  it('updates a service by `id` (field table), also when the SDK is given `Id`', async () => {
    const quince = createQuince({ baseURL: server.urlFor('quince'), auth: { header: QUINCE_DEMO_AUTH.header, value: QUINCE_DEMO_AUTH.value } });
    const { data } = await quince.services.add({ array: [{ Name: 'Послуга' }] });
    const id = data[0]!.Id;
    await quince.services.update({ array: [{ id, Article: 'A-1' }] });
    await quince.services.update({ array: [{ Id: id, Memo: 'm' }] });
    const bodies = server.mocks.quince!.journal.for('services.update').map((e) => e.body);
    expect(bodies).toEqual([{ array: [{ id, Article: 'A-1' }] }, { array: [{ id, Memo: 'm' }] }]);
    expect((await quince.services.list({ filter: { Id: id } })).data[0]).toMatchObject({ Article: 'A-1', Memo: 'm' });
    expect(server.mocks.quince!.docHits).toEqual([]);
  });
});
