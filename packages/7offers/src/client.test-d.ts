// Type tests (checked by `tsc` in the typecheck target): the client's shape follows the resource definitions.
import * as v from 'valibot';
import { createSevenOffers, defineResource, unverifiedResources, wireId, type Goal, type ListPage, type ObjectId } from './index';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_: T): void {}

export async function typeTests(): Promise<void> {
  const client = createSevenOffers({ apiKey: 'key-123456' });

  // goal: all five actions, typed filter and fields.
  const page = await client.goal.list({ offer_id: 1, per_page: 10 });
  expectType<Equal<typeof page, ListPage<Goal>>>(true);
  const { object } = await client.goal.view(5);
  expectType<Equal<typeof object, Goal>>(true);
  const title: string | undefined = object.title;
  void title;
  const { created } = await client.goal.create({ offer_id: 1, title: 'Sale' });
  expectType<Equal<typeof created, ObjectId>>(true);
  await client.goal.update(created, { title: 'Renamed' });
  await client.goal.delete(created, { via: 'POST' });
  for await (const goal of client.goal.all({ offer_id: 1 })) {
    expectType<Equal<typeof goal, Goal>>(true);
  }
  // @ts-expect-error offer_id is an integer
  await client.goal.list({ offer_id: { nested: true } });

  // geo: list and view only.
  await client.geo.list();
  await client.geo.view('RU');
  // @ts-expect-error geo has no create
  void client.geo.create;
  // @ts-expect-error geo has no delete
  void client.geo.delete;

  // Opt-in resources appear only when registered.
  // @ts-expect-error offer is not registered
  void client.offer;
  const withOptIns = createSevenOffers({ resources: unverifiedResources });
  await withOptIns.offer.create({ title: 'New offer' });
  await withOptIns.lead.list({ status: 1 });
  // @ts-expect-error lead is list-only
  void withOptIns.lead.view;

  // A custom resource.
  const webhook = defineResource({
    slug: 'webhook',
    title: 'webhooks',
    item: v.object({ id: wireId, url: v.string() }),
    fields: v.object({ url: v.string() }),
    actions: ['list', 'create'],
    paginated: false,
  });
  const custom = createSevenOffers({ resources: { webhook } });
  const hooks = await custom.webhook.list();
  const url: string = hooks.objects[0]!.url;
  void url;
  // @ts-expect-error url is required
  await custom.webhook.create({});

  // The raw endpoint tree keeps wire input and output.
  const raw = await client.api.goal.view({ id: 5 });
  expectType<Equal<typeof raw, { object: Goal }>>(true);
  await client.api.goal.deleteViaPost({ id: 5 });

  // The generic resource client has every action.
  const generic = client.resource<{ id: number; name: string }>('geo');
  const one = await generic.view(1);
  expectType<Equal<typeof one, { object: { id: number; name: string } }>>(true);
  await generic.create({ name: 'x' });
  await generic.delete(1);
}
