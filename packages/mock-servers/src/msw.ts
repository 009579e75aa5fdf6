// msw transport: one catch-all handler per provider host, routing through the mock's own table.
import { http, type RequestHandler } from 'msw';
import type { MockEngine } from './mock-engine';
import { BodyTooLargeError, declaredTooLarge, readLimited } from './limits';
import { serializeResponse } from './respond';

/**
 * msw request handlers for a mock, for `setupServer(...)` in any test runner. Each host of the
 * provider gets one handler that answers every path under its base URL; requests elsewhere fall
 * through to your other handlers.
 */
export function toMswHandlers(mock: MockEngine<any, any, any>): RequestHandler[] {
  return Object.entries(mock.baseURLs).map(([host, base]) =>
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url);
      const basePath = new URL(base).pathname.replace(/\/+$/, '');
      const path = url.pathname.slice(basePath.length) || '/';
      const head = { method: request.method, url, headers: request.headers, host, path };
      let requestBody: Uint8Array | undefined;
      try {
        if (declaredTooLarge(request.headers.get('content-length'), mock.bodyLimit)) throw new BodyTooLargeError(mock.bodyLimit);
        // A GET may carry a body (O!Market documents one; node:http clients send it), as over HTTP.
        const bytes = request.method === 'HEAD' || !request.body ? undefined : await readLimited(request.body, mock.bodyLimit);
        requestBody = bytes && bytes.byteLength > 0 ? bytes : undefined;
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        const tooLarge = serializeResponse(mock.tooLarge(head));
        return new Response(tooLarge.body, { status: 413, headers: tooLarge.headers });
      }
      const response = await mock.handle({ ...head, body: requestBody });
      const { body, headers } = serializeResponse(response);
      return new Response(body, { status: response.status, headers });
    }),
  );
}
