// createSevenOffersCore: a configuration-only 7offers client (API key, array format) for the
// standalone functions (`goalList(core, ...)`) and `resourceClient(core, resource)`. It imports no
// resource and no endpoint.
import * as v from 'valibot';
import { apiKeyAuth, createCore, parseClientOptions, Redactor, type ArrayFormat, type ClientCore, type ClientOptions } from '@x/core/provider';
import { SEVEN_OFFERS, sevenOffersInfo } from './info';

/** Options of `createSevenOffersCore`. */
export type SevenOffersCoreOptions = ClientOptions & {
  /**
   * API key from the profile page, sent as `api_key` in the query of every call. Leave it out for
   * guest access (public offers, goals, geo, news).
   */
  apiKey?: string | undefined;
  /** How arrays are written in queries and form bodies (default `brackets`: `name[]=a&name[]=b`). */
  arrayFormat?: ArrayFormat | undefined;
};

/** A configuration-only 7offers client: pass it to `goalList`, `geoView`, `resourceClient`, ... */
export type SevenOffersCore = ClientCore<typeof SEVEN_OFFERS>;

/** The options every 7offers client checks; client-wide ones (timeout, retry, ...) are checked by core. */
export const SevenOffersCoreOptionsSchema = /* @__PURE__ */ v.looseObject(
  {
    // Never echo the key itself.
    apiKey: /* @__PURE__ */ v.optional(
      /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.string('apiKey must be a non-empty string without spaces (leave it out for guest access)'),
        /* @__PURE__ */ v.regex(/^[^\s\x00-\x1f]+$/, 'apiKey must be a non-empty string without spaces (leave it out for guest access)'),
      ),
    ),
    arrayFormat: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.picklist(['indexed', 'brackets', 'repeat', 'comma'], 'arrayFormat must be one of indexed, brackets, repeat, comma')),
  },
  'options must be an object',
);

/**
 * Create a configuration-only 7offers client, for the standalone functions: an app that imports
 * `goalList` alone bundles that one resource. `api_key` travels in the query when given.
 *
 * @example
 * import { createSevenOffersCore, goalList } from '@x/7offers';
 * const core = createSevenOffersCore({ apiKey: process.env.SEVEN_OFFERS_KEY, baseURL: 'http://127.0.0.1:4010/7offers' });
 * const { objects } = await goalList(core, { offer_id: 1 });
 */
export function createSevenOffersCore(options: SevenOffersCoreOptions = {}): SevenOffersCore {
  parseClientOptions(SEVEN_OFFERS, SevenOffersCoreOptionsSchema, options);
  return sevenOffersCore(options);
}

/** The one place a 7offers client is configured (options already checked). @internal */
export function sevenOffersCore(options: SevenOffersCoreOptions): SevenOffersCore {
  const { apiKey, arrayFormat, ...clientOptions } = options;
  // One redactor, knowing the key from the start.
  const redactor = new Redactor();
  if (apiKey !== undefined) redactor.addSecret(apiKey);
  return createCore(sevenOffersInfo(arrayFormat), clientOptions, {
    auth: apiKey === undefined ? [] : [apiKeyAuth({ name: 'apiKey', key: apiKey, in: 'body', param: 'api_key' })],
    redactor,
  });
}
