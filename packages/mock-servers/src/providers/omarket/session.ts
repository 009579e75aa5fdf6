// O!Market sessions: the mock's API key, the seeded demo session, and access/refresh tokens that
// live on the mock clock, shaped like the provider's.
import { OMARKET_DEMO_USER } from './examples';
import type { OmarketState } from './store';

/** The API key the mock accepts by default (a mock value; the real key is issued by O!). */
export const OMARKET_MOCK_API_KEY = 'omarket-mock-api-key-0000000000000';

/** Access-token lifetime (seed 002: 30 minutes), on the mock clock. */
export const OMARKET_ACCESS_TTL_MS = 30 * 60_000;

/** `ex_time` of the seeded session: 2100-01-01, so clients built before the mock stay logged in. */
export const SEEDED_EXPIRY = Date.UTC(2100, 0, 1);

/**
 * The seeded demo account's session. Its access token never expires (see SEEDED_EXPIRY), so an SDK
 * client can be built with it before the mock exists and survives `reset()`. Tokens minted by
 * login and refresh live 30 minutes on the mock clock.
 */
export const OMARKET_DEMO_SESSION = {
  accessToken: tokenText(OMARKET_DEMO_USER.id, '2a7e8bae3ba34781b6ffaa03144a17a6', SEEDED_EXPIRY),
  // The doc's refresh token prefix (53e6ddf832e449068…), completed to 32 hex characters.
  refreshToken: '53e6ddf832e449068d0c3b1e2a4f5a61',
} as const;

/** Python's `json.dumps` spacing, base64-encoded: how the provider's opaque tokens look (Q16). */
export function tokenText(userId: number, uuid: string, expiresAt: number): string {
  // The decoded doc sample reads {"user_id": 6349, "uuid": "<32 hex>", "ex_… ; "ex_time" is a guess.
  const payload = `{"user_id": ${userId}, "uuid": "${uuid}", "ex_time": ${Math.floor(expiresAt / 1000)}}`;
  return btoa(String.fromCharCode(...new TextEncoder().encode(payload)));
}

/** Log a user in: a new access token (30 minutes on the mock clock) and refresh token. */
export async function mintSession(state: OmarketState, userId: number): Promise<{ access_token: string; refresh_token: string }> {
  const refresh = await state.refreshTokens.create({ token: state.random.hex(32), user_id: userId });
  const access = await mintAccessToken(state, userId);
  return { access_token: access, refresh_token: refresh.token };
}

/** A new access token for a user, valid 30 minutes on the mock clock. */
export async function mintAccessToken(state: OmarketState, userId: number): Promise<string> {
  const expiresAt = state.clock.now() + OMARKET_ACCESS_TTL_MS;
  const row = await state.accessTokens.create({ token: tokenText(userId, state.random.hex(32), expiresAt), user_id: userId, expires_at: expiresAt });
  return row.token;
}

/** Revoke every refresh token of a user (tests: "the refresh token is rejected"). */
export function revokeRefreshTokens(state: OmarketState, userId: number): number {
  return state.refreshTokens.deleteMany((q) => q.where({ user_id: userId }))?.length ?? 0;
}
