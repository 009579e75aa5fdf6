// createB2motorCore: a configuration-only b2motor client (login, password hash, switches) for the
// standalone endpoint functions. It imports no endpoint and no md5 code.
import * as v from 'valibot';
import { createCore, mergeEntries, parseClientOptions, queryAuth, Redactor, type ClientCore, type ClientOptions } from '@x/core/provider';
import { ANALOG } from './endpoints/search/product';
import { b2motorInfo } from './info';

/** The ASCII parameter name, and the doc's literal one with a Cyrillic "А" (U+0410). */
export type AnalogParamName = 'isAnalog' | 'is\u0410nalog';

/** The b2motor switches every client accepts besides the credentials. */
export interface B2motorSwitches {
  /**
   * Name(s) of the password-hash parameter. The operation tables say `userpassw` (default); the
   * intro says `userpsw`; `'both'` sends both.
   */
  passwordParam?: 'userpassw' | 'userpsw' | 'both';
  /**
   * Which spelling of the analogues flag to send: the documented `isАnalog` with a Cyrillic "А"
   * (default), or ASCII `isAnalog` for a server that turns out to want it.
   */
  analogParam?: AnalogParamName;
  /** How basket/add sends its body: `json` (the doc's example, default) or `form` (PHP brackets). */
  basketAddEncoding?: 'json' | 'form';
}

/** Options of `createB2motorCore`: the login and the md5 of the password, as b2motor issues it. */
export type B2motorCoreOptions = ClientOptions &
  B2motorSwitches & {
    /** Account login (`userlogin`). */
    login: string;
    /** The md5 of the password, 32 hex characters (`md5Hex(password)` from this package makes one). */
    passwordMd5: string;
  };

/** A configuration-only b2motor client: pass it to `searchProduct`, `basketAdd`, ... */
export type B2motorCore = ClientCore<'b2motor'>;

const switches = {
  passwordParam: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.picklist(['userpassw', 'userpsw', 'both'], 'passwordParam must be userpassw, userpsw or both'), 'userpassw'),
  analogParam: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.picklist([ANALOG, 'isAnalog'], 'analogParam must be isАnalog (Cyrillic А) or isAnalog'), ANALOG),
  basketAddEncoding: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.picklist(['json', 'form'], 'basketAddEncoding must be json or form'), 'json'),
};

/** The options of `createB2motorCore`; client-wide options (timeout, retry, ...) are checked by core. */
export const B2motorCoreOptionsSchema = /* @__PURE__ */ v.looseObject(
  /* @__PURE__ */ mergeEntries(
    {
      login: /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('login is required'), /* @__PURE__ */ v.check((s: string) => s.trim() !== '', 'login is required')),
      passwordMd5: /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.string('passwordMd5 is required'),
        /* @__PURE__ */ v.regex(/^[a-f0-9]{32}$/i, 'passwordMd5 must be 32 hexadecimal characters'),
      ),
    },
    switches,
  ),
  'options must be an object',
);

/**
 * Create a configuration-only b2motor client. Credentials travel as query parameters on every
 * call (the API has no session); the password as its md5 hex digest, which this function takes
 * as issued (use `createB2motor` to give the plain password).
 *
 * @example
 * import { createB2motorCore, searchProduct } from '@x/b2motor';
 * const core = createB2motorCore({ login: 'demo', passwordMd5: 'fe01ce2a7fbac8fafaed7c982a04e229', baseURL: 'http://127.0.0.1:4010/b2motor' });
 * const offers = await searchProduct(core, { article: '01089', brand: 'Febi' });
 */
export function createB2motorCore(options: B2motorCoreOptions): B2motorCore {
  return b2motorCore(options, undefined);
}

/** The one place a b2motor client is configured; `password` is only registered as a secret. @internal */
export function b2motorCore(options: B2motorCoreOptions, password: string | undefined): B2motorCore {
  const { login, passwordMd5, passwordParam, analogParam, basketAddEncoding, ...clientOptions } = parseClientOptions('b2motor', B2motorCoreOptionsSchema, options);
  const hash = passwordMd5.toLowerCase();
  // The hash is what travels, but neither it nor the password itself may ever reach an error text
  // (a provider or proxy could echo either, in any case).
  const redactor = new Redactor();
  redactor.addSecret(hash);
  if (password !== undefined) redactor.addSecret(password);
  const credentials = queryAuth('credentials', () => ({
    userlogin: login,
    ...(passwordParam === 'userpsw' ? {} : { userpassw: hash }),
    ...(passwordParam === 'userpassw' ? {} : { userpsw: hash }),
  }));
  return createCore(b2motorInfo, clientOptions as ClientOptions, {
    redactor,
    auth: [credentials],
    encodings: basketAddEncoding === 'form' ? { 'basket.add': 'form' } : {},
    prepare:
      analogParam === ANALOG
        ? undefined
        : (request) => {
            for (const pair of request.query) if (pair[0] === ANALOG) pair[0] = analogParam;
          },
  });
}
