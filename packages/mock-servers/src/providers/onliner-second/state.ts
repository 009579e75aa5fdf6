// Onliner Second mock state in @msw/data collections: issued tokens, the import queue, the shop's
// offers with their moderation status, and the upload host's image tasks. Time comes from the
// mock clock: imports move pending → processing → processed (or failed) and offers leave
// moderation as it advances.
import { Collection } from '@msw/data';
import * as v from 'valibot';
import { IMPORT_STATUSES, OFFER_STATUSES, IMAGE_STATUSES } from '@x/onliner-second/endpoints';
import type { MockClock } from '../../clock';
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

const reasonSchema = v.object({ id: v.number(), text: v.string(), comment: v.string() });

const tokenSchema = v.object({
  token: v.string(),
  clientId: v.string(),
  /** Epoch ms (mock clock) after which the token is refused. */
  expiresAt: v.number(),
});

const importSchema = v.object({
  id: v.string(),
  clientId: v.string(),
  createdAt: v.number(),
  status: v.picklist(IMPORT_STATUSES),
  total: v.number(),
  errors: v.number(),
  error_message: v.nullable(v.string()),
  /** The offers as received (wire values), applied when the import finishes. */
  offers: v.array(v.record(v.string(), v.unknown())),
  /** Set when the import was told to fail. */
  failMessage: v.nullable(v.string()),
  offerErrors: v.array(v.object({ id: v.string(), errors: v.record(v.string(), v.array(v.string())) })),
});

const offerSchema = v.object({
  id: v.string(),
  clientId: v.string(),
  /** Insertion order: the list is paged in it. */
  seq: v.number(),
  status: v.picklist(OFFER_STATUSES),
  reason: v.nullable(reasonSchema),
  /** Mock-clock time at which moderation decides (while `pending`). */
  moderateAt: v.nullable(v.number()),
  /** The last offer body received for this id (wire values). */
  data: v.record(v.string(), v.unknown()),
});

const imageSchema = v.object({
  id: v.string(),
  clientId: v.nullable(v.string()),
  hash: v.string(),
  createdAt: v.number(),
  status: v.picklist(IMAGE_STATUSES),
  /** Why processing will fail (empty file), or null. */
  failure: v.nullable(v.string()),
  /** Number in the content URLs (`/baralog/<n>/…`). */
  bucket: v.number(),
  /** Polling URL returned to the client. */
  url: v.string(),
  created_at: v.string(),
  updated_at: v.nullable(v.string()),
  images: v.nullable(v.record(v.string(), v.string())),
  errors: v.array(v.string()),
});

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
