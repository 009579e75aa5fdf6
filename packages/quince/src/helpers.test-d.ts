// Type tests (checked by `tsc` in the typecheck target): the client is the registry's methods plus
// the helpers, typed from the standalone functions, with nothing listed by hand.
import type { BatchResult, Folder, NewFolder, NewService, Service, ServiceChange } from './index';
import { addAllServices, createQuince, createQuinceCore, listAllFolders, servicesFoldersList, servicesList } from './index';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_: T): void {}

export async function typeTests(): Promise<void> {
  const auth = { header: 'Authorization', value: 'Bearer k' };
  const quince = createQuince({ baseURL: 'https://t.example', auth });
  const core = createQuinceCore({ baseURL: 'https://t.example', auth });

  // Registry methods and standalone functions answer the same types.
  const page = await quince.services.list({ filter: { ParentFolder: null } });
  const same = await servicesList(core, { filter: { ParentFolder: null } });
  expectType<Equal<typeof page, typeof same>>(true);
  expectType<Equal<(typeof page)['data'][number], Service>>(true);
  expectType<Equal<Awaited<ReturnType<typeof quince.services.folders.list>>, Awaited<ReturnType<typeof servicesFoldersList>>>>(true);

  // Helpers: the standalone function's parameters without the client.
  const added = await quince.services.addAll([{ Name: 'A' }], { chunkSize: 10 });
  expectType<Equal<typeof added, BatchResult<NewService>>>(true);
  expectType<Equal<Awaited<ReturnType<typeof addAllServices>>, typeof added>>(true);
  const changed = await quince.services.updateAll([{ id: 1, Name: 'B' }]);
  expectType<Equal<typeof changed, BatchResult<ServiceChange>>>(true);
  const folders = await quince.services.folders.addAll([{ Name: 'F' }]);
  expectType<Equal<typeof folders, BatchResult<NewFolder>>>(true);
  for await (const folder of quince.services.folders.listAll()) expectType<Equal<typeof folder, Folder>>(true);
  for await (const folder of listAllFolders(core, {}, { maxItems: 5 })) expectType<Equal<typeof folder, Folder>>(true);

  // @ts-expect-error a service needs a Name
  await quince.services.addAll([{ Article: 'x' }]);
  // @ts-expect-error helpers are not members the registry lacks
  void quince.services.removeAll;
}
