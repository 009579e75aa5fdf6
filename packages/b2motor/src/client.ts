// createB2motor: the b2motor client with its credentials and compatibility switches.
import { createClient, queryAuth, Redactor, RequestValidationError, type ClientOf, type ClientOptions } from '@x/core';
import { endpoints } from './endpoints/index';
import { ANALOG } from './endpoints/search/product';
import { md5Hex } from './md5';
import { b2motorProvider } from './provider';

/** The ASCII parameter name, and the doc's literal one with a Cyrillic "А" (U+0410). */
export type AnalogParamName = 'isAnalog' | 'is\u0410nalog';

/** Options of `createB2motor`. Give `password` (hashed by the SDK) or `passwordMd5` (as issued). */
export type B2motorOptions = ClientOptions & {
  /** Account login (`userlogin`). */
  login: string;
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
} & ({ password: string; passwordMd5?: never } | { passwordMd5: string; password?: never });

/** The b2motor client: `search`, `basket` and `orders` methods derived from the endpoint registry. */
export type B2motorClient = ClientOf<typeof endpoints>;

/**
 * Create a b2motor client. Credentials travel as query parameters on every call (the API has no
 * session); the password is sent as its MD5 hex digest.
 *
 * @example
 * const b2motor = createB2motor({ login: 'demo', password: 'demo', baseURL: 'http://127.0.0.1:4010/b2motor' });
 * const offers = await b2motor.search.product({ article: '01089', brand: 'Febi' });
 */
export function createB2motor(options: B2motorOptions): B2motorClient {
  const { login, password, passwordMd5, passwordParam = 'userpassw', analogParam = ANALOG, basketAddEncoding = 'json', ...clientOptions } = options;
  const issues: Array<{ path: string; message: string }> = [];
  if (typeof login !== 'string' || login.trim() === '') issues.push({ path: 'login', message: 'login is required' });
  if ((password === undefined) === (passwordMd5 === undefined)) {
    issues.push({ path: 'password', message: 'Give exactly one of password or passwordMd5' });
  } else if (password !== undefined && (typeof password !== 'string' || password === '')) {
    issues.push({ path: 'password', message: 'password must be a non-empty string' });
  } else if (passwordMd5 !== undefined && !/^[a-f0-9]{32}$/i.test(String(passwordMd5))) {
    issues.push({ path: 'passwordMd5', message: 'passwordMd5 must be 32 hexadecimal characters' });
  }
  if (issues.length > 0) {
    throw new RequestValidationError(`b2motor: invalid options: ${issues.map((i) => i.message).join('; ')}`, { provider: 'b2motor', issues });
  }
  const hash = passwordMd5 ? passwordMd5.toLowerCase() : md5Hex(password as string);
  // The hash is what travels, but neither it nor the password itself may ever reach an error text
  // (a provider or proxy could echo either, in any case).
  const redactor = new Redactor(b2motorProvider.sensitiveNames);
  redactor.addSecret(hash);
  if (password !== undefined) redactor.addSecret(password);
  const credentials = queryAuth('credentials', () => ({
    userlogin: login,
    ...(passwordParam === 'userpsw' ? {} : { userpassw: hash }),
    ...(passwordParam === 'userpassw' ? {} : { userpsw: hash }),
  }));
  return createClient(b2motorProvider, clientOptions, {
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
