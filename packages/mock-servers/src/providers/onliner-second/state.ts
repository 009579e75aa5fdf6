// Onliner Second mock state in @msw/data collections whose schemas are derived from the SDK's
// (decision 0060): issued tokens, the import queue, the shop's offers with their moderation
// status, and the upload host's image tasks. Time comes from the mock clock: imports move
// pending → processing → processed (or failed) and offers leave moderation as it advances.
import { Collection } from '@msw/data';
import * as v from 'valibot';
import { IMAGE_STATUSES, IMPORT_STATUSES, importReport, OFFER_STATUSES, offerErrors, offerState, uploadTask } from '@x/onliner-second/endpoints';
import type { MockClock } from '../../clock';
import { storeSchema, type StoreRules } from '../../store-schema';
import { docImportErrors, docOfferStates, docProcessedImage } from './examples';

/** An OAuth application the mock accepts. */
export interface OnlinerSecondAccount {
  clientId: string;
  clientSecret: string;
  /** Catalog sections enabled for the shop; offers in others get "Раздел не подключен". */
  categories?: readonly string[];
}

/** Sections the demo shop has enabled. */
export const DEFAULT_CATEGORIES: readonly string[] = ['Велосипеды', 'Мобильные телефоны', 'Ноутбуки', 'Телевизоры', 'Фотоаппараты', 'Холодильники'];

/** The default application: `demo-client` / `demo-secret` (the mock's own; the doc's sample pair is not reused). */
export const defaultOnlinerSecondAccounts: readonly OnlinerSecondAccount[] = [{ clientId: 'demo-client', clientSecret: 'demo-secret', categories: DEFAULT_CATEGORIES }];

/** How the mock's time behaves. Every field can be changed on `mock.state.settings` during a test. */
export interface OnlinerSecondSettings {
  /** `expires_in` of new tokens, seconds (default 3600, as the doc said before b027cd0). */
  expiresIn: number;
  /** Time an import waits in the queue (default 1000 ms). */
  pendingMs: number;
  /** Time an import takes once started (default 2000 ms). */
  processingMs: number;
  /** Time a saved offer stays in moderation (`pending`) before it is approved or sent back (default 60000 ms). */
  moderationMs: number;
  /** Time the upload host needs per image (default 1500 ms: half queued, half processing). */
  imageProcessingMs: number;
  /** When set, the next import ends `failed` with this error_message (then it is cleared). */
  failNextImport: string | undefined;
}

/** The defaults of `OnlinerSecondSettings`. */
export const defaultOnlinerSecondSettings: Readonly<OnlinerSecondSettings> = Object.freeze({
  expiresIn: 3600,
  pendingMs: 1000,
  processingMs: 2000,
  moderationMs: 60_000,
  imageProcessingMs: 1500,
  failNextImport: undefined,
});

/**
 * An issued token. Mock-only: the token answer (`access_token`, `expires_in`) is built from it,
 * and what the mock checks (owner, expiry instant) is not on the wire.
 */
const tokenSchema = v.object({
  token: v.string(),
  clientId: v.string(),
  /** Epoch ms (mock clock) after which the token is refused. */
  expiresAt: v.number(),
});

/** An import: the SDK's `importReport` in strict form, plus the queue's own fields. */
const importSchema = storeSchema(
  importReport,
  {
    id: 'keep',
    status: v.picklist(IMPORT_STATUSES),
    total: v.number(),
    errors: v.number(),
    /** `null` when there is none (the SDK also reads it absent). */
    error_message: v.nullable(v.string()),
  } as const satisfies StoreRules<typeof importReport>,
  {
    clientId: v.string(),
    createdAt: v.number(),
    /** The offers as received (wire values, not yet checked: the checks run when the import finishes). */
    offers: v.array(v.record(v.string(), v.unknown())),
    /** Set when the import was told to fail. */
    failMessage: v.nullable(v.string()),
    /** What importReport.errors answers: the SDK's `offerErrors`, as they are. */
    offerErrors: v.array(offerErrors),
  },
);

/** Why an offer's status last changed: the SDK's `offerState.reason`, its comment always set. */
const reasonSchema = storeSchema(v.unwrap(offerState.entries.reason), { id: v.number(), text: 'keep', comment: v.string() });

/** An offer: the SDK's `offerState` in strict form, plus its owner, order and moderation timer. */
const offerSchema = storeSchema(
  offerState,
  {
    id: 'keep',
    status: v.picklist(OFFER_STATUSES),
    reason: v.nullable(reasonSchema),
  } as const satisfies StoreRules<typeof offerState>,
  {
    clientId: v.string(),
    /** Insertion order: the list is paged in it. */
    seq: v.number(),
    /** Mock-clock time at which moderation decides (while `pending`). */
    moderateAt: v.nullable(v.number()),
    /** The last offer body received for this id (wire values). */
    data: v.record(v.string(), v.unknown()),
  },
);

/** What an image task keeps of each field of the SDK's `uploadTask` (exported for the derivation tests). */
export const imageRules = {
  id: 'keep',
  hash: 'keep',
  /** `[]` until processed, then size key → URL. */
  images: 'keep',
  created_at: 'keep',
  /** Absent until the task first changes. */
  updated_at: 'keep',
  errors: v.array(v.string()),
  status: v.picklist(IMAGE_STATUSES),
  /** Polling URL returned to the client. */
  url: 'keep',
} as const satisfies StoreRules<typeof uploadTask>;

/** An image task of the upload host: the SDK's `uploadTask` in strict form, plus what the host keeps. */
const imageSchema = storeSchema(
  uploadTask,
  imageRules,
  {
    clientId: v.nullable(v.string()),
    createdAt: v.number(),
    /** Why processing will fail (empty file), or null. */
    failure: v.nullable(v.string()),
    /** Number in the content URLs (`/baralog/<n>/…`). */
    bucket: v.number(),
  },
);

/** A token the mock issued. */
export type IssuedToken = v.InferOutput<typeof tokenSchema>;
/** An import in the mock's queue. */
export type StoredImport = v.InferOutput<typeof importSchema>;
/** An offer the mock saved. */
export type StoredOffer = v.InferOutput<typeof offerSchema>;
/** An image task of the mock's upload host. */
export type StoredImage = v.InferOutput<typeof imageSchema>;

/** Everything the Onliner Second mock remembers. */
export interface OnlinerSecondState {
  accounts: readonly OnlinerSecondAccount[];
  settings: OnlinerSecondSettings;
  tokens: Collection<typeof tokenSchema>;
  imports: Collection<typeof importSchema>;
  offers: Collection<typeof offerSchema>;
  images: Collection<typeof imageSchema>;
  /** Next import sequence number (ids are 24 hex, counting up from the doc's id). */
  nextImport: number;
  nextOfferSeq: number;
  nextImage: number;
  clock: MockClock;
}

/** The seeded shop: the first account's offers of get_offers.md, import jFY and image PhTrlafxvBUPudeM of the docs. */
export async function createOnlinerSecondState(
  clock: MockClock,
  accounts: readonly OnlinerSecondAccount[],
  settings: Partial<OnlinerSecondSettings> = {},
): Promise<OnlinerSecondState> {
  const state: OnlinerSecondState = {
    accounts,
    settings: { ...defaultOnlinerSecondSettings, ...settings },
    tokens: new Collection({ schema: tokenSchema }),
    imports: new Collection({ schema: importSchema }),
    offers: new Collection({ schema: offerSchema }),
    images: new Collection({ schema: imageSchema }),
    nextImport: 0,
    nextOfferSeq: 1,
    nextImage: 0,
    clock,
  };
  const owner = accounts[0]?.clientId;
  if (owner === undefined) return state;
  const now = clock.now();
  for (const seed of docOfferStates) {
    await state.offers.create({
      id: seed.id,
      clientId: owner,
      seq: state.nextOfferSeq++,
      status: seed.status,
      reason: seed.reason ? { ...seed.reason } : null,
      moderateAt: null,
      data: {},
    });
  }
  await state.imports.create({
    id: 'jFY',
    clientId: owner,
    createdAt: now,
    status: 'processed',
    total: 10,
    errors: 1,
    error_message: 'Ошибка валидации',
    offers: [],
    failMessage: null,
    offerErrors: structuredClone(docImportErrors),
  });
  await state.images.create({
    id: docProcessedImage.id,
    clientId: owner,
    hash: docProcessedImage.hash,
    createdAt: now,
    status: 'processed',
    failure: null,
    bucket: 1684694,
    url: docProcessedImage.url,
    created_at: docProcessedImage.created_at,
    updated_at: docProcessedImage.updated_at,
    images: { ...docProcessedImage.images },
    errors: [],
  });
  return state;
}
