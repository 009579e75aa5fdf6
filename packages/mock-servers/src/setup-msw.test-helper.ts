// msw setup shared by the in-process tests: unhandled requests fail the test even when swallowed.
import { setupServer, type SetupServer } from "msw/node";
import type { RequestHandler } from 'msw';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';

/** Start an msw server for a test file; loopback requests (real local servers) pass through. */
export function useMsw(...handlers: RequestHandler[]): SetupServer {
  const server = setupServer(...handlers);
  const unhandled: string[] = [];
  beforeAll(() =>
    server.listen({
      onUnhandledRequest(request, print) {
        const { hostname } = new URL(request.url);
        if (hostname === '127.0.0.1' || hostname === 'localhost') return;
        unhandled.push(`${request.method} ${request.url}`);
        print.error();
      },
    }),
  );
  afterEach(() => {
    server.resetHandlers();
    expect(unhandled.splice(0), 'unhandled requests').toEqual([]);
  });
  afterAll(() => server.close());
  return server;
}
