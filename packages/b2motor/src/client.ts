// createB2motor: the convenient b2motor client, every endpoint as a method, over the same
// configuration-only client as the standalone functions.
import * as v from 'valibot';
import { bindRegistry, parseClientOptions, type ClientOf } from '@x/core/provider';
import { b2motorCore, type B2motorCoreOptions } from './core';
import { endpoints } from './endpoints/index';
import { md5Hex } from './md5';

/** Options of `createB2motor`. Give `password` (hashed by the SDK) or `passwordMd5` (as issued). */
export type B2motorOptions = Omit<B2motorCoreOptions, 'passwordMd5'> & ({ password: string; passwordMd5?: never } | { passwordMd5: string; password?: never });

/** The b2motor client: `search`, `basket` and `orders` methods derived from the endpoint registry. */
export type B2motorClient = ClientOf<typeof endpoints>;

const PasswordSchema = /* @__PURE__ */ v.looseObject(
  {
    password: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('password must be a non-empty string'), /* @__PURE__ */ v.nonEmpty('password must be a non-empty string'))),
    passwordMd5: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.unknown()),
  },
  'options must be an object',
);

/**
 * Create a b2motor client. Credentials travel as query parameters on every call (the API has no
 * session); the password is sent as its MD5 hex digest.
 *
 * @example
 * const b2motor = createB2motor({ login: 'demo', password: 'demo', baseURL: 'http://127.0.0.1:4010/b2motor' });
 * const offers = await b2motor.search.product({ article: '01089', brand: 'Febi' });
 */
export function createB2motor(options: B2motorOptions): B2motorClient {
  const { password, passwordMd5 } = parseClientOptions('b2motor', v.pipe(PasswordSchema, v.check((o) => (o.password === undefined) !== (o.passwordMd5 === undefined), 'Give exactly one of password or passwordMd5')), options);
  const { password: _omit, ...rest } = options as B2motorOptions & { password?: string };
  const core = b2motorCore({ ...rest, passwordMd5: password === undefined ? (passwordMd5 as string) : md5Hex(password) } as B2motorCoreOptions, password);
  return bindRegistry(core, endpoints);
}
