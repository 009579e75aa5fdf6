// createOmarket: the convenient O!Market client, every endpoint as a method plus the session and ad
// helpers, over the same configuration-only client as the standalone functions.
import { bindRegistry, type CallOptions, type ClientOf, type TokenManager, type TokenSet } from '@x/core/provider';
import { createAd, editAd } from './ad-helpers';
import { createOmarketCore, type OmarketCoreOptions } from './core';
import { endpoints } from './endpoints/index';
import type { AdFull } from './schemas/ad';
import type { AdChanges, AdFields } from './schemas/input';
import { login, logout, type LoginInput } from './session';

/** Options of `createOmarket`. */
export type OmarketOptions = OmarketCoreOptions;

/** The O!Market client: the endpoint methods plus the session helpers. */
export type OmarketClient = ClientOf<typeof endpoints> & {
  /**
   * Log in and store the tokens (the token store and `onTokens` see them), with an expiry 30
   * minutes from now. Wrong msisdn/password → `AuthError` with reason `wrong_credentials`.
   */
  login(input: LoginInput, options?: CallOptions): Promise<TokenSet>;
  /** Forget the stored tokens (there is no logout endpoint). */
  logout(): Promise<void>;
  /**
   * Create an ad in one call: a draft (`ads.createDraft`), then its fields (`ads.update`, sent once,
   * never retried). Returns the ad (status `moderate`). The fields are checked before anything is
   * sent. When the provider rejects the update with a 4xx, the empty draft is deleted again and the
   * update's error is thrown. After a timeout, network error, abort or 5xx the update may have been
   * applied: the draft is kept and the thrown error names it (`draftUuidOf(error)`,
   * `error.details.draftUuid`).
   */
  createAd(fields: AdFields, options?: CallOptions): Promise<AdFull>;
  /**
   * Change some fields of an ad without copying it by hand: turns the ad back into update fields
   * (category, location and filter ids, prices, texts, images …), applies `changes` and writes the
   * whole set with `ads.update` (which needs the document's minimal fields). Give the ad as
   * `createAd`/`ads.update` returned it (filters expanded), or its uuid: then it is read with
   * `ads.get` first, whose `filters` are bare ids the update cannot take back, so an ad with
   * filters needs `filters` in `changes`. The ad goes back to moderation, as with every update.
   * Last write wins: a change made by someone else since the read is overwritten.
   *
   * @example
   * const ad = await omarket.createAd({ ... });
   * await omarket.editAd(ad, { old_price: 1200, price: 990 });
   */
  editAd(ad: string | AdFull, changes: AdChanges, options?: CallOptions): Promise<AdFull>;
  /** The token manager: `current()`, `set()`, `getToken()`. */
  readonly tokens: TokenManager;
};

/**
 * Create an O!Market client. The API key goes in a header on every request; ads-board, category,
 * FAQ and user calls also carry the user token (raw by default), which the client refreshes ahead
 * of its 30-minute expiry and once more when the provider rejects it (403), with one refresh shared
 * by every concurrent call.
 *
 * @example
 * const omarket = createOmarket({ apiKey: process.env.OMARKET_API_KEY!, baseURL: 'http://127.0.0.1:4010/omarket' });
 * await omarket.login({ msisdn: '996709920328', password: '…' });
 * for await (const ad of paginate(omarket.ads.list, {}, { maxItems: 50 })) console.log(ad.title);
 */
export function createOmarket(options: OmarketOptions): OmarketClient {
  const core = createOmarketCore(options);
  return Object.freeze({
    ...bindRegistry(core, endpoints),
    tokens: core.tokens,
    login: (input: LoginInput, callOptions?: CallOptions) => login(core, input, callOptions),
    logout: () => logout(core),
    createAd: (fields: AdFields, callOptions?: CallOptions) => createAd(core, fields, callOptions),
    editAd: (ad: string | AdFull, changes: AdChanges, callOptions?: CallOptions) => editAd(core, ad, changes, callOptions),
  });
}
