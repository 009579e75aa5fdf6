// O!Market sign-in: the API key and user-token check every call goes through, and the auth
// endpoints (register → OTP → login, token refresh) over the users and tokens of the store.
import type { omarketProvider } from '@x/omarket/endpoints';
import type { MockClock } from '../../clock';
import type { AuthResult, IncomingRequest, ProviderMockDefinition } from '../../types';
import { OMARKET_MOCK_ERRORS } from './examples';
import { mintAccessToken, mintSession } from './session';
import type { OmarketState } from './store';

/** Check the API key (every call) and the user token (every call but auth.*), as the provider does. */
export function authenticate(request: IncomingRequest, { key, state, clock }: { key: string; state: OmarketState; clock: MockClock }): AuthResult {
  // The header name is undocumented: x-api-key (iOS peer) and API_KEY (Android peer) both work (Q1).
  const apiKey = request.headers.get('x-api-key') ?? request.headers.get('api_key');
  if (!apiKey || !state.config.apiKeys.includes(apiKey)) return { response: { status: 403, body: OMARKET_MOCK_ERRORS.apiKey } };
  if (key.startsWith('auth.')) return { principal: undefined };
  // The raw token (Android peer) and "Bearer <token>" are both accepted (Q2).
  const header = request.headers.get('authorization')?.trim();
  if (!header) return { response: { status: 403, body: OMARKET_MOCK_ERRORS.noToken } };
  const token = header.replace(/^Bearer\s+/i, '');
  const row = state.accessTokens.findFirst((q) => q.where({ token }));
  if (!row || row.expires_at <= clock.now()) return { response: { status: 403, body: OMARKET_MOCK_ERRORS.badToken } };
  const user = state.users.findFirst((q) => q.where({ id: row.user_id }));
  if (!user) return { response: { status: 403, body: OMARKET_MOCK_ERRORS.badToken } };
  return { principal: user };
}

type Resolvers = NonNullable<ProviderMockDefinition<typeof omarketProvider.endpoints, OmarketState>['resolvers']>;

/** The auth endpoints: registration with an SMS code, login and token refresh. */
export const authResolvers = {
  async 'auth.register'({ input, state, example }) {
    const { msisdn, password } = input.body;
    const existing = state.users.findFirst((q) => q.where({ msisdn }));
    if (existing?.confirmed) return example('number-exists');
    const otp = state.config.otp();
    if (existing) {
      // An unconfirmed registration is started again with a new code.
      await state.users.update(existing, { data: (u) => void Object.assign(u, { password, otp }) });
    } else {
      await state.users.create({
        id: state.next.userId++,
        msisdn,
        password,
        confirmed: false,
        otp,
        username: '',
        avatar: '',
        rating: 0,
        contact_number: msisdn,
        location_id: 1,
        verified: false,
        block_type: 'not_blocked',
      });
    }
    return { status: 200, body: { success: 'SUCCESS' } };
  },

  async 'auth.checkOtp'({ input, state, example }) {
    const user = state.users.findFirst((q) => q.where({ msisdn: input.body.msisdn }));
    if (!user || user.confirmed || user.otp !== input.body.otp) return example('wrong-otp');
    await state.users.update(user, { data: (u) => void Object.assign(u, { confirmed: true, otp: null }) });
    return { status: 200, body: { success: 'SUCCESS' } };
  },

  async 'auth.login'({ input, state, example }) {
    const user = state.users.findFirst((q) => q.where({ msisdn: input.body.msisdn }));
    // An unconfirmed number cannot log in yet; the provider's answer for it is unknown.
    if (!user || !user.confirmed || user.password !== input.body.password) return example('wrong-password');
    return { status: 200, body: await mintSession(state, user.id) };
  },

  async 'auth.refreshToken'({ input, state }) {
    const token = input.body.refresh_token;
    const row = state.refreshTokens.findFirst((q) => q.where({ token }));
    // The documented 400 echoes the token (seed 002).
    if (!row) return { status: 400, body: { message: `no such ${token} refresh token found` } };
    // No rotation: only a new access token comes back, as documented.
    return { status: 200, body: { access_token: await mintAccessToken(state, row.user_id) } };
  }
} satisfies Resolvers;
