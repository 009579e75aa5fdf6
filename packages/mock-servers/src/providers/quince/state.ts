// Quince mock state: a service-folder tree, services with images, prices per price type, units,
// and the products that share the services' id sequence, in @msw/data collections whose schemas
// are derived from the SDK's wire schemas (decision 0060).
import { Collection } from '@msw/data';
import * as v from 'valibot';
import { folder as sdkFolder, image as sdkImage, price as sdkPrice, service as sdkService } from '@x/quince/endpoints';
import { storeSchema, type StoreRules } from '../../store-schema';

/** A positive whole id, as the documented examples write them. */
const id = v.pipe(v.number(), v.integer());
/** A folder reference: `null` for "in no folder" / "top level". */
const parent = v.nullable(v.number());

/** What a folder keeps of each field of the SDK's `folder` (exported for the derivation tests). */
export const folderRules = { Id: id, id: 'omit', ID: 'omit', ParentFolder: parent, Name: 'required' } as const satisfies StoreRules<typeof sdkFolder>;

/**
 * A service folder: the SDK's `folder` with its id under `Id` only (the SDK also reads `id`/`ID`,
 * the spellings of write results and articles).
 */
const folderSchema = storeSchema(sdkFolder, folderRules);

/** What an image keeps of each field of the SDK's `image` (exported for the derivation tests). */
export const imageRules = { Id: v.number(), Name: 'required', Url: 'keep' } as const satisfies StoreRules<typeof sdkImage>;

/** An image of a service, as the SDK's `image` (its file name always set). */
const imageSchema = storeSchema(sdkImage, imageRules);

/** What a service keeps of each field of the SDK's `service` (exported for the derivation tests). */
export const serviceRules = {
  Id: id,
  id: 'omit',
  ID: 'omit',
  ParentFolder: parent,
  Name: 'required',
  PrintName: 'required',
  Memo: 'required',
  Barcode: 'required',
  UnitName: 'required',
  Description: 'required',
  Article: 'required',
  /** The first image is the main one. */
  Images: v.array(imageSchema),
  /** The `prices` collection's, joined by `Product` when the list answers. */
  Prices: 'omit',
} as const satisfies StoreRules<typeof sdkService>;

/** A service: the SDK's `service` with every text field set, plus the archive flag. */
const serviceSchema = storeSchema(sdkService, serviceRules, {
  /** Archived services are listed only with `filter.Archive: true` (not a documented output field). */
  Archive: v.boolean(),
});

/** What a price keeps of each field of the SDK's `price` (exported for the derivation tests). */
export const priceRules = {
  Id: v.number(),
  Date: 'required',
  PriceType: v.number(),
  /** The service (or product) id: both live in one id space (fact sheet Q7). */
  Product: v.number(),
  Price: v.number(),
  Currency: 'required',
} as const satisfies StoreRules<typeof sdkPrice>;

/** A price of a service for one price type: the SDK's `price`, every field set. */
const priceSchema = storeSchema(sdkPrice, priceRules);

/** A unit of measure. Mock-only: the SDK has no unit endpoint; `UnitName` of a service refers to one. */
const unitSchema = v.object({ Name: v.string() });

/** Products are not served by this mock (nor read by the SDK); they are here because they take ids from the same sequence. */
const productSchema = v.object({ Id: v.number(), Name: v.string(), Kind: v.picklist(['P', 'K', 'M', 'U', 'B']) });

/** A service folder. */
export type StoredFolder = v.InferOutput<typeof folderSchema>;
/** A service. */
export type StoredService = v.InferOutput<typeof serviceSchema>;
/** A price of a service for one price type. */
export type StoredPrice = v.InferOutput<typeof priceSchema>;

/** Id sequences. Services and products share `catalogue` (fact sheet Q7); folders have their own. */
export interface QuinceSequences {
  catalogue: number;
  folders: number;
  images: number;
  prices: number;
}

/** Everything the Quince mock remembers. */
export interface QuinceState {
  folders: Collection<typeof folderSchema>;
  services: Collection<typeof serviceSchema>;
  prices: Collection<typeof priceSchema>;
  units: Collection<typeof unitSchema>;
  products: Collection<typeof productSchema>;
  next: QuinceSequences;
}

const flowers = 'https://qfinprod.blob.core.windows.net/images/8c87c4db-9e0f-4e34-bf8f-d4cbc20e9f44_flowers.jpg';
const empty = { PrintName: '', Memo: '', Barcode: '', Description: '', Article: '' };

/**
 * The seeded catalogue, built around the doc's ids: folders 100 → 110 → 118, service 111 in
 * folder 110 with image 586 and a price of type 339, a service in no folder, an archived one, and
 * products 113 and 114 in between, so the first created service gets 116 and the first created
 * folder 129, as in the doc's write examples.
 */
export const seedQuince = {
  folders: [
    { Id: 100, ParentFolder: null, Name: 'Послуги' },
    { Id: 110, ParentFolder: 100, Name: 'Directory_110' },
    { Id: 118, ParentFolder: 110, Name: 'Hola_Folder_111' },
  ],
  services: [
    { ...empty, Id: 111, ParentFolder: 110, Name: 'Product_1', PrintName: 'Product 1', UnitName: 'шт', Article: '1111', Archive: false, Images: [{ Id: 586, Name: 'flowers.jpg', Url: flowers }] },
    { ...empty, Id: 112, ParentFolder: null, Name: 'Консультація', UnitName: 'год', Description: 'Година консультації', Archive: false, Images: [] },
    { ...empty, Id: 115, ParentFolder: 118, Name: 'Стара послуга', UnitName: 'шт', Memo: 'архівна', Archive: true, Images: [] },
  ],
  products: [
    { Id: 113, Name: 'Товар 113', Kind: 'P' as const },
    { Id: 114, Name: 'Комплект 114', Kind: 'K' as const },
  ],
  prices: [
    // The doc's price says Product 89272 inside service 111 (fact sheet Q4); here it points at 111.
    { Id: 106609, Date: '2022-08-15T00:00:00Z', PriceType: 339, Product: 111, Price: 5.5, Currency: 'USD' },
    { Id: 106610, Date: '2022-08-15T00:00:00Z', PriceType: 340, Product: 111, Price: 220, Currency: 'UAH' },
    { Id: 106611, Date: '2022-09-01T00:00:00Z', PriceType: 340, Product: 112, Price: 1500, Currency: 'UAH' },
  ],
  units: ['шт', 'год'],
};

/** Build a fresh state; `seed: false` starts with no folders, services, products or prices. */
export async function createQuinceState(seed = true): Promise<QuinceState> {
  const state: QuinceState = {
    folders: new Collection({ schema: folderSchema }),
    services: new Collection({ schema: serviceSchema }),
    prices: new Collection({ schema: priceSchema }),
    units: new Collection({ schema: unitSchema }),
    products: new Collection({ schema: productSchema }),
    next: { catalogue: 116, folders: 129, images: 600, prices: 106700 },
  };
  for (const name of seedQuince.units) await state.units.create({ Name: name });
  if (!seed) {
    state.next = { catalogue: 1, folders: 1, images: 1, prices: 1 };
    return state;
  }
  for (const folder of seedQuince.folders) await state.folders.create(folder);
  for (const service of seedQuince.services) await state.services.create(structuredClone(service));
  for (const product of seedQuince.products) await state.products.create(product);
  for (const price of seedQuince.prices) await state.prices.create(price);
  return state;
}

/** Take the next id of the shared product/service sequence, skipping any id already used. */
export function nextCatalogueId(state: QuinceState): number {
  let id = state.next.catalogue;
  while (state.services.findFirst((q) => q.where({ Id: id })) || state.products.findFirst((q) => q.where({ Id: id }))) id++;
  state.next.catalogue = id + 1;
  return id;
}

/** Take the next folder id. */
export function nextFolderId(state: QuinceState): number {
  let id = state.next.folders;
  while (state.folders.findFirst((q) => q.where({ Id: id }))) id++;
  state.next.folders = id + 1;
  return id;
}
