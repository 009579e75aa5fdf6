// msw transport: one catch-all handler per provider host, routing through the mock's own table.
// Wire faults become what fetch would see: `Response.error()` for a dropped connection, streams
// that stall or break for slow and truncated bodies.
import { http, type RequestHandler } from 'msw';
import type { MockResponse } from './types';
import type { MockEngine } from './mock-engine';
import { BodyTooLargeError, declaredTooLarge, readLimited } from './limits';
import { setMswTransport } from './msw-transport';
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
      return toFetchResponse(mock, response, request.signal);
    }),
  );
}

/** A mock answer as a fetch `Response`, wire faults included. */
export async function toFetchResponse(mock: MockEngine<any, any, any>, response: MockResponse, signal: AbortSignal): Promise<Response> {
  const wire = response.wire;
  if (wire?.kind === 'reset' || wire?.kind === 'empty') return Response.error();
  if (wire?.kind === 'no-answer') {
    // Hold until the client aborts (its timeout) or the mock resets; then the connection "drops".
    const hold = mock.hold();
    const onAbort = (): void => hold.cancel();
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) hold.cancel();
    await hold.released;
    signal.removeEventListener('abort', onAbort);
    return Response.error();
  }
  const { body, headers } = serializeResponse(response);
  if (!wire || body === undefined) return new Response(body, { status: response.status, headers });
  const bytes = new TextEncoder().encode(body);
  headers['content-length'] = String(bytes.byteLength);
  if (wire.kind === 'truncated') {
    const half = bytes.subarray(0, Math.floor(bytes.byteLength / 2));
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(half);
      },
      pull(controller) {
        controller.error(new TypeError('terminated: the mock closed the connection mid-body (fault=truncated)'));
      },
    });
    return new Response(stream, { status: response.status, headers });
  }
  const size = Math.ceil(bytes.byteLength / wire.chunks);
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent > 0) await new Promise((resolve) => setTimeout(resolve, wire.interval));
      controller.enqueue(bytes.subarray(sent, sent + size));
      sent += size;
      if (sent >= bytes.byteLength) controller.close();
    },
  });
  return new Response(stream, { status: response.status, headers });
}

// The engine finds msw through this registration, so the node:http path never loads msw.
setMswTransport(toMswHandlers);
