// Turning a MockResponse into bytes and headers, the same way for both transports.
import type { MockResponse } from './types';

/** Body bytes (or text) and headers for a mock response. */
export function serializeResponse(response: MockResponse): { body: string | undefined; headers: Record<string, string> } {
  const headers: Record<string, string> = { ...response.headers };
  if (response.body === undefined || response.status === 204 || response.status === 304) return { body: undefined, headers };
  if (typeof response.body === 'string') {
    headers['content-type'] ??= 'text/plain; charset=utf-8';
    return { body: response.body, headers };
  }
  headers['content-type'] ??= 'application/json; charset=utf-8';
  return { body: JSON.stringify(response.body), headers };
}
