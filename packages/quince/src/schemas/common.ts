// Shapes shared by the Quince endpoints, with wire names exactly as the provider writes them
// (`Id`, `ParentFolder`, `PriceType`...). Seed 004 is the source; fields it leaves vague are lenient.
import * as v from 'valibot';
import { freeText, integer, numeric, singleLine, mergeEntries } from '@x/core/provider';

/** Quince pages and batches hold at most this many items (seed 004: "фіксований і дорівнює 100"). */
export const QUINCE_PAGE_SIZE = 100;

/** Largest `array` one add/update call accepts (seed 004: "Максимальна кількість ... в одному пакеті - 100"). */
export const QUINCE_MAX_BATCH = 100;

/** A text field. The docs type them `string`; `null` is tolerated in answers (fields may be empty). */
const text = /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()));

/** An id the provider assigned: a positive integer (numeric strings are read as numbers). */
export const quinceId = /* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.safeInteger('Ids are whole numbers'), /* @__PURE__ */ v.minValue(1, 'Ids are positive integers'));

/**
 * An object that carries an id under `Id` (lists), `id` (write results) or `ID` (sibling articles)
 * (fact sheet Q1). The wire keys are kept as they arrive and `Id` is always filled in.
 */
export function withId<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.object({
      /** The id, as lists and folder fields spell it. */
      Id: v.optional(integer()),
      /** The id, as write results spell it. */
      id: v.optional(integer()),
      /** The id, as the price-types article spells it. */
      ID: v.optional(integer()),
      ...entries,
    }),
    v.check((x) => x.Id !== undefined || x.id !== undefined || x.ID !== undefined, 'Expected an id (Id, id or ID)'),
    v.transform((x) => ({ ...x, Id: (x.Id ?? x.id ?? x.ID) as number })),
  );
}

/** An image of a service; the first one of `Images` is the main picture. */
export const image = /* @__PURE__ */ v.object({
  Id: /* @__PURE__ */ integer(),
  /** File name (`flowers.jpg`). */
  Name: text,
  /** Absolute URL of the file (an Azure blob in the docs). */
  Url: /* @__PURE__ */ v.string(),
});

/** A price of a service for one price type (the same shape as the `/price/list` article). */
export const price = /* @__PURE__ */ v.object({
  Id: /* @__PURE__ */ integer(),
  /** Date the price applies from, ISO-8601 (`2022-08-15T00:00:00Z`). */
  Date: text,
  /** Price type id. */
  PriceType: /* @__PURE__ */ integer(),
  /** The service (or product) id the price belongs to; services share the product id space. */
  Product: /* @__PURE__ */ v.optional(/* @__PURE__ */ integer()),
  /** The amount (`5.500000`); numeric strings are read as numbers. */
  Price: /* @__PURE__ */ numeric(),
  /** Currency code (`USD`). */
  Currency: text,
});

/** A service as `/service/list` returns it. */
export const service = /* @__PURE__ */ withId({
  /** Name of the service. */
  Name: text,
  /** Folder id; `null` when the service is in no folder. */
  ParentFolder: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ integer())),
  /** Name for printing. */
  PrintName: text,
  /** Comment. */
  Memo: text,
  /** Barcode. */
  Barcode: text,
  /** Unit of measure name. */
  UnitName: text,
  /** Description. */
  Description: text,
  /** Article (SKU). */
  Article: text,
  /** Images; the first one is the main picture. */
  Images: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(image)),
  /** Prices, for the price types asked for with `filter.PriceType`. */
  Prices: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(price)),
});

/** A service folder as `/service/folder/list` returns it. */
export const folder = /* @__PURE__ */ withId({
  /** Parent folder id; `null` for a top-level folder. */
  ParentFolder: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ integer())),
  /** Folder name. */
  Name: text,
});

/** One element of a write result: the id of a created or updated item (`{ "id": 116 }`). */
export const writtenId = /* @__PURE__ */ withId({});

/** The success envelope `{ success: true, data: [...] }` around a list of items. */
export function envelope<const S extends v.GenericSchema>(item: S) {
  return v.object({
    /** Always `true` here: `false` becomes a typed error before validation. */
    success: v.literal(true),
    /** The items. */
    data: v.array(item),
  });
}

/** The page number of a list call (1-based, default 1). */
export const pageNumber = /* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.safeInteger('page is a whole number'), /* @__PURE__ */ v.minValue(1, 'page starts at 1'));

/** A folder reference in a write: a folder id, or `null` for "in no folder" (unverified on writes). */
const folderRef = /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.safeInteger('ParentFolder is a whole number'), /* @__PURE__ */ v.minValue(1, 'ParentFolder is a folder id')));

/** A one-line text field (names, codes): no CR/LF or other control characters. */
const line = (name: string) => v.pipe(v.string(`${name} must be a string`), v.maxLength(1000, `${name} must have at most 1000 characters`), singleLine(name));

/** A name: one line, not empty. */
const name = (field: string) => v.pipe(line(field), v.minLength(1, 'Name must not be empty'));

/** `UnitName` must come "without extra characters"; surrounding spaces are trimmed. */
const unitName = /* @__PURE__ */ v.pipe(/* @__PURE__ */ line('UnitName'), /* @__PURE__ */ v.trim());

/** Turns valibot's "missing key" issue on `Id` into a message that says why it matters. */
function idRequired(issue: v.BaseIssue<unknown>): string {
  if (issue.expected === '"Id"' && issue.received === 'undefined') {
    return 'Every item of an update needs an Id; the provider rejects the whole batch otherwise';
  }
  return issue.expected === 'never' ? `Unknown field ${issue.received}` : `Invalid ${issue.kind === 'schema' ? 'type' : issue.kind}: Expected ${issue.expected} but received ${issue.received}`;
}

/** Writable fields of a service (images and prices are not writable here). */
const serviceFields = {
  /** Folder id (`null`: in no folder; unverified on writes). */
  ParentFolder: /* @__PURE__ */ v.optional(folderRef),
  /** Name for printing. */
  PrintName: /* @__PURE__ */ v.optional(/* @__PURE__ */ line('PrintName')),
  /** Comment. */
  Memo: /* @__PURE__ */ v.optional(/* @__PURE__ */ freeText('Memo')),
  /** Barcode. */
  Barcode: /* @__PURE__ */ v.optional(/* @__PURE__ */ line('Barcode')),
  /** Unit of measure; an unknown unit is created by the provider, so spelling matters. */
  UnitName: /* @__PURE__ */ v.optional(unitName),
  /** Description. */
  Description: /* @__PURE__ */ v.optional(/* @__PURE__ */ freeText('Description')),
  /** Article (SKU). */
  Article: /* @__PURE__ */ v.optional(/* @__PURE__ */ line('Article')),
};

/** A service to create. `Id` is ignored by `/service/add`, so it is not accepted. */
export const newService = /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({
  /** Name of the service. */
  Name: /* @__PURE__ */ name('Name'),
}, serviceFields));

/**
 * A change to an existing service: its id plus the fields to change. The service field table
 * spells the id `id` ("обов'язковим тільки для … update"), and that is what is sent (decision
 * 0044: the table wins for service writes, which have no printed update example). `Id`, the
 * spelling of lists and folders, is accepted as an alias and sent as `id`.
 */
export const serviceChange = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.object(/* @__PURE__ */ mergeEntries({
    /** The service to change, as the field table spells it. */
    id: /* @__PURE__ */ v.optional(quinceId),
    /** Alias of `id` (lists and folders spell it `Id`); sent as `id`. */
    Id: /* @__PURE__ */ v.optional(quinceId),
    /** New name. */
    Name: /* @__PURE__ */ v.optional(/* @__PURE__ */ name('Name')),
  }, serviceFields)),
  /* @__PURE__ */ v.forward(
    /* @__PURE__ */ v.check((x) => x.id !== undefined || x.Id !== undefined, 'Every item of an update needs an id; the provider rejects the whole batch otherwise'),
    ['id'],
  ),
  /* @__PURE__ */ v.forward(
    /* @__PURE__ */ v.check((x) => x.id === undefined || x.Id === undefined || x.id === x.Id, 'id and Id disagree: give one of them'),
    ['id'],
  ),
  /* @__PURE__ */ v.transform(({ id, Id, ...rest }) => ({ id: (id ?? Id) as number, ...rest })),
);

/**
 * A folder to create. The documented example sends `"Id": 110` although `Id` is "taken into
 * account only for /service/folder/update": it is accepted and sent as given (the provider ignores
 * it), so the printed example works verbatim (decision 0044).
 */
export const newFolder = /* @__PURE__ */ v.object({
  /** Ignored by `/service/folder/add` (the documented example sends one). */
  Id: /* @__PURE__ */ v.optional(quinceId),
  /** Folder name. */
  Name: /* @__PURE__ */ name('Name'),
  /** Parent folder id (`null` or absent: top level). */
  ParentFolder: /* @__PURE__ */ v.optional(folderRef),
});

/** A change to an existing folder: `Id` plus the fields to change. */
export const folderChange = /* @__PURE__ */ v.object(
  {
    /** The folder to change. */
    Id: quinceId,
    /** New name. */
    Name: /* @__PURE__ */ v.optional(/* @__PURE__ */ name('Name')),
    /** New parent folder id (`null`: top level; unverified). */
    ParentFolder: /* @__PURE__ */ v.optional(folderRef),
  },
  idRequired,
);

/** The `array` of a write call: 1 to 100 items. */
export function batch<const S extends v.GenericSchema>(item: S) {
  return v.pipe(
    v.array(item),
    v.minLength(1, 'Give at least one item'),
    v.maxLength(QUINCE_MAX_BATCH, `At most ${QUINCE_MAX_BATCH} items per call; addAll / updateAll split larger batches into chunks`),
  );
}

/** A service as returned by the list. */
export type Service = v.InferOutput<typeof service>;
/** A service folder as returned by the list. */
export type Folder = v.InferOutput<typeof folder>;
/** An image of a service. */
export type ServiceImage = v.InferOutput<typeof image>;
/** A price of a service. */
export type ServicePrice = v.InferOutput<typeof price>;
/** An id in a write result (`Id` always set; the wire key `id` kept). */
export type WrittenId = v.InferOutput<typeof writtenId>;
/** A service to create. */
export type NewService = v.InferInput<typeof newService>;
/** A change to an existing service. */
export type ServiceChange = v.InferInput<typeof serviceChange>;
/** A folder to create. */
export type NewFolder = v.InferInput<typeof newFolder>;
/** A change to an existing folder. */
export type FolderChange = v.InferInput<typeof folderChange>;
