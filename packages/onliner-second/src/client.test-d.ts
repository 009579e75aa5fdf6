// Type tests for the Onliner Second client (vitest typecheck mode: type-checked by tsc, never executed).
import { describe, expectTypeOf, test } from 'vitest';
import {
  createOnlinerSecond,
  isApiError,
  isTownId,
  isRequestValidationError,
  paginate,
  type CallOptions,
  type CloseResult,
  type ImportReport,
  type ImportResult,
  type ImportStatus,
  type Offer,
  type OfferInput,
  type OfferState,
  type OnlinerSecondClient,
  type OnlinerSecondOptions,
  type TownId,
  type ValidationIssue,
} from './index';

const onliner = createOnlinerSecond({ clientId: 'id', clientSecret: 'secret' });

const offer: OfferInput = {
  id: 'bike-1',
  product: { category: 'Велосипеды', vendor: 'Orbea', model: 'Alma H50' },
  price: { amount: 1250, currency: 'BYN' },
  location: { geo_town_id: 17030 },
  contact: { name: 'Ivan', phones: ['+375291234567'], call_time: [9, 21] },
  condition: 8,
  description: 'Almost new',
};

describe('createOnlinerSecond options', () => {
  test('client id and secret are required; hosts and checks are optional', () => {
    expectTypeOf(onliner).toEqualTypeOf<OnlinerSecondClient>();
    // @ts-expect-error the client secret is required
    void (() => createOnlinerSecond({ clientId: 'id' }));
    expectTypeOf<OnlinerSecondOptions['validateOffers']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf(createOnlinerSecond).toBeCallableWith({ clientId: 'id', clientSecret: 's', authURL: 'http://127.0.0.1:4010/onliner-second', uploadURL: 'http://127.0.0.1:4010/onliner-second-upload', tokenMarginMs: 0 });
  });
});

describe('offers', () => {
  test('send takes an array body of offers with wire names; the amount may be a number or a decimal string', () => {
    expectTypeOf(onliner.offers.send).parameter(0).toEqualTypeOf<{ body: OfferInput[] }>();
    expectTypeOf<OfferInput['price']['amount']>().toEqualTypeOf<string | number>();
    expectTypeOf<Offer['price']['amount']>().toEqualTypeOf<string>();
    expectTypeOf<OfferInput['contact']['call_time']>().toEqualTypeOf<[number, number]>();
    expectTypeOf(onliner.offers.send).toBeCallableWith({ body: [offer] });
    // @ts-expect-error the offers go under `body`
    void (() => onliner.offers.send([offer]));
    // @ts-expect-error the calling window is a pair of hours
    void (() => onliner.offers.send({ body: [{ ...offer, contact: { ...offer.contact, call_time: [9] } }] }));
    // @ts-expect-error unknown offer field
    void (() => onliner.offers.send({ body: [{ ...offer, colour: 'red' }] }));
    expectTypeOf(onliner.offers.send).returns.resolves.toEqualTypeOf<{ id: string }>();
  });

  test('close takes offer ids; closeOffers reports the skipped ones', () => {
    expectTypeOf(onliner.offers.close).parameter(0).toEqualTypeOf<{ offer_ids: string[] }>();
    expectTypeOf(onliner.offers.close).returns.resolves.toEqualTypeOf<{ updated_offers: string[] }>();
    expectTypeOf(onliner.closeOffers).parameters.toEqualTypeOf<[offerIds: readonly string[], options?: CallOptions]>();
    expectTypeOf(onliner.closeOffers).returns.resolves.toEqualTypeOf<CloseResult>();
  });

  test('list is paged; paginate yields offer states', () => {
    expectTypeOf(onliner.offers.list).toBeCallableWith();
    expectTypeOf(onliner.offers.list).toBeCallableWith({ page: 2, limit: 50 });
    expectTypeOf(paginate(onliner.offers.list, { limit: 50 }).toArray()).resolves.toEqualTypeOf<OfferState[]>();
    expectTypeOf<OfferState['status']>().toMatchTypeOf<string>();
    // @ts-expect-error limit is a whole number (or its digits)
    void (() => onliner.offers.list({ limit: [50] }));
  });
});

describe('imports and uploads', () => {
  test('importReport.get takes the import id; waitForImport resolves with the report and errors', () => {
    expectTypeOf(onliner.importReport.get).parameter(0).toEqualTypeOf<{ id: string }>();
    expectTypeOf(onliner.importReport.get).returns.resolves.toEqualTypeOf<ImportReport>();
    expectTypeOf<ImportReport['status']>().toEqualTypeOf<ImportStatus | (string & {})>();
    expectTypeOf(onliner.waitForImport).returns.resolves.toEqualTypeOf<ImportResult>();
  });

  test('uploadImage takes a Blob and resolves to the size map', () => {
    expectTypeOf(onliner.uploadImage).parameter(0).toEqualTypeOf<Blob>();
    expectTypeOf(onliner.uploadImage).returns.resolves.toEqualTypeOf<Record<string, string>>();
  });
});

describe('call options, towns and errors', () => {
  test('every method takes CallOptions second', () => {
    expectTypeOf(onliner.offers.send).parameter(1).toEqualTypeOf<CallOptions | undefined>();
  });

  test('isTownId narrows a number to a town of the table', () => {
    const id: number = 17030;
    if (isTownId(id)) expectTypeOf(id).toEqualTypeOf<TownId>();
    expectTypeOf<17030>().toMatchTypeOf<TownId>();
  });

  test('guards narrow unknown', () => {
    const e: unknown = undefined;
    if (isApiError(e)) expectTypeOf(e.status).toEqualTypeOf<number>();
    if (isRequestValidationError(e)) expectTypeOf(e.issues).toEqualTypeOf<ValidationIssue[]>();
  });
});
