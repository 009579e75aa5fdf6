// Type tests for the 7offers client (vitest typecheck mode: type-checked by tsc, never executed): the
// client's shape follows the resource definitions.
import * as v from 'valibot';
import { describe, expectTypeOf, test } from 'vitest';
import {
  createSevenOffers,
  defineResource,
  fieldErrors,
  hasReason,
  isApiError,
  isNotFoundError,
  unverifiedResources,
  wireId,
  type CallOptions,
  type DeleteOptions,
  type Goal,
  type ListPage,
  type ObjectId,
  type Paginator,
  type SevenOffersOptions,
  type SevenOffersReason,
} from './index';

const client = createSevenOffers({ apiKey: 'key-123456' });

describe('createSevenOffers options', () => {
  test('every option is optional; delete routing is a literal union', () => {
    expectTypeOf(createSevenOffers).toBeCallableWith();
    expectTypeOf<SevenOffersOptions['deleteVia']>().toEqualTypeOf<'DELETE' | 'POST' | undefined>();
    // @ts-expect-error DELETE or POST
    void (() => createSevenOffers({ deleteVia: 'PUT' }));
  });
});

describe('goal: all five actions, typed filter and fields', () => {
  test('list and view', () => {
    expectTypeOf(client.goal.list).returns.resolves.toEqualTypeOf<ListPage<Goal>>();
    expectTypeOf(client.goal.list).toBeCallableWith({ offer_id: 1, per_page: 10 });
    expectTypeOf(client.goal.view).returns.resolves.toEqualTypeOf<{ object: Goal }>();
    expectTypeOf<Goal['title']>().toEqualTypeOf<string | undefined>();
    // @ts-expect-error offer_id is an integer
    void (() => client.goal.list({ offer_id: { nested: true } }));
  });

  test('create, update and delete', () => {
    expectTypeOf(client.goal.create).returns.resolves.toEqualTypeOf<{ created: ObjectId }>();
    expectTypeOf(client.goal.create).toBeCallableWith({ offer_id: 1, title: 'Sale' });
    expectTypeOf(client.goal.update).toBeCallableWith(5, { title: 'Renamed' });
    expectTypeOf(client.goal.update).returns.resolves.toEqualTypeOf<{ updated: ObjectId }>();
    expectTypeOf(client.goal.delete).parameters.toEqualTypeOf<[id: ObjectId, options?: DeleteOptions]>();
    expectTypeOf(client.goal.delete).toBeCallableWith(5, { via: 'POST' });
  });

  test('all pages through the list', () => {
    expectTypeOf(client.goal.all({ offer_id: 1 })).toEqualTypeOf<Paginator<Goal, ListPage<Goal>>>();
  });
});

describe('resources', () => {
  test('geo has list and view only', () => {
    expectTypeOf(client.geo.list).toBeCallableWith();
    expectTypeOf(client.geo.view).toBeCallableWith('RU');
    // @ts-expect-error geo has no create
    void client.geo.create;
    // @ts-expect-error geo has no delete
    void client.geo.delete;
  });

  test('opt-in resources appear only when registered', () => {
    // @ts-expect-error offer is not registered
    void client.offer;
    const withOptIns = createSevenOffers({ resources: unverifiedResources });
    expectTypeOf(withOptIns.offer.create).toBeCallableWith({ title: 'New offer' });
    expectTypeOf(withOptIns.lead.list).toBeCallableWith({ status: 1 });
    // @ts-expect-error lead is list-only
    void withOptIns.lead.view;
  });

  test('a custom resource types its items and fields', () => {
    const webhook = defineResource({
      slug: 'webhook',
      title: 'webhooks',
      item: v.object({ id: wireId, url: v.string() }),
      fields: v.object({ url: v.string() }),
      actions: ['list', 'create'],
      paginated: false,
    });
    const custom = createSevenOffers({ resources: { webhook } });
    expectTypeOf(custom.webhook.list).returns.resolves.toEqualTypeOf<ListPage<{ id: string | number; url: string }>>();
    // @ts-expect-error url is required
    void (() => custom.webhook.create({}));
    // @ts-expect-error list and create only
    void custom.webhook.update;
  });

  test('the raw endpoint tree keeps wire input and output', () => {
    expectTypeOf(client.api.goal.view).returns.resolves.toEqualTypeOf<{ object: Goal }>();
    expectTypeOf(client.api.goal.deleteViaPost).toBeCallableWith({ id: 5 });
    // @ts-expect-error the id is required
    void (() => client.api.goal.view({}));
  });

  test('the generic resource client has every action', () => {
    const generic = client.resource<{ id: number; name: string }>('geo');
    expectTypeOf(generic.view).returns.resolves.toEqualTypeOf<{ object: { id: number; name: string } }>();
    expectTypeOf(generic.create).toBeCallableWith({ name: 'x' });
    expectTypeOf(generic.delete).toBeCallableWith(1);
  });
});

describe('call options and errors', () => {
  test('actions take CallOptions', () => {
    expectTypeOf(client.goal.view).parameter(1).toEqualTypeOf<CallOptions | undefined>();
    expectTypeOf(client.goal.list).toBeCallableWith({ offer_id: 1 }, { timeout: 1000, retry: false });
  });

  test('guards narrow; reasons are a closed set', () => {
    const e: unknown = undefined;
    if (isApiError(e)) expectTypeOf(e.status).toEqualTypeOf<number>();
    if (isNotFoundError(e)) expectTypeOf(e.status).toEqualTypeOf<number>();
    expectTypeOf(fieldErrors).returns.toEqualTypeOf<Record<string, string[]> | undefined>();
    expectTypeOf(hasReason).parameter(1).toEqualTypeOf<SevenOffersReason>();
    // @ts-expect-error not a 7offers reason
    void (() => hasReason(e, 'teapot'));
  });
});
