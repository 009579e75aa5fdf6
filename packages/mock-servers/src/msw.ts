// msw transport: one catch-all handler per provider host, routing through the mock's own table.
import { http, type RequestHandler } from 'msw';
import type { ProviderMock } from './mock';
import { serializeResponse } from './respond';

/**
 * msw request handlers for a mock, for `setupServer(...)` in any test runner. Each host of the
 * provider gets one handler that answers every path under its base URL; requests elsewhere fall
 * through to your other handlers.
 */
export function toMswHandlers(mock: ProviderMock<any, any, any>): RequestHandler[] {
  return Object.entries(mock.baseURLs).map(([host, base]) =>
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const basePath = new URL(base).pathname.replace(/\/+$/, '');
      const path = url.pathname.slice(basePath.length) || '/';
      // A GET may carry a body (O!Market documents one; node:http clients send it), as over HTTP.
      const bytes = request.method === 'HEAD' || request.body === null ? undefined : new Uint8Array(await request.arrayBuffer());
      const buffer = bytes && bytes.byteLength > 0 ? bytes : undefined;
      const response = await mock.handle({ method: request.method, url, headers: request.headers, body: buffer, host, path });
      const { body, headers } = serializeResponse(response);
      return new Response(body, { status: response.status, headers });
    }),
  );
}
