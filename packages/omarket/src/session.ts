// login / logout over a configuration-only client: the token lifecycle's two user actions. An
// import of their own (login brings the auth.login endpoint along).
import type { CallOptions, InputOf, TokenSet } from '@x/core/provider';
import { stateOf, type OmarketCore } from './core';
import type { authLogin as authLoginEndpoint } from './endpoints/auth/login';
import { authLogin } from './functions';

/** Input of `login()`. */
export type LoginInput = InputOf<typeof authLoginEndpoint>;

/**
 * Log in and store the tokens in the client (its token store and `onTokens` see them), with an
 * expiry 30 minutes from now (`accessTokenTtlMs`). Wrong msisdn/password → `AuthError` with reason
 * `wrong_credentials`.
 *
 * @example
 * const core = createOmarketCore({ apiKey });
 * await login(core, { msisdn: '996709920328', password: '…' });
 */
export async function login(core: OmarketCore, input: LoginInput, options?: CallOptions): Promise<TokenSet> {
  const { tokens, now, accessTokenTtlMs } = stateOf(core, 'login');
  const answer = await authLogin(core, input, options);
  const issued: TokenSet = { accessToken: answer.access_token, refreshToken: answer.refresh_token, expiresAt: now() + accessTokenTtlMs };
  await tokens.set(issued);
  return issued;
}

/**
 * Forget the client's tokens (there is no logout endpoint); `onTokens(undefined)` fires.
 *
 * @example
 * await logout(core);
 */
export async function logout(core: OmarketCore): Promise<void> {
  await stateOf(core, 'logout').tokens.set(undefined);
}
