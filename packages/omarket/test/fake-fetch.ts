// A fake `fetch` for the unit tests: records every request and answers through a handler.

/** A request the fake fetch received. */
export interface Call {
  method: string;
  /** Path and query, without the origin. */
  path: string;
  headers: Record<string, string>;
  /** Parsed JSON, the FormData of a multipart body, the text, or undefined. */
  body: unknown;
}

/** Answers one request. */
export type Handler = (call: Call) => Response | Promise<Response>;

/** A fetch that records calls and answers through `handler`. */
export function fakeFetch(handler: Handler): typeof fetch & { calls: Call[] } {
  const calls: Call[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const type = request.headers.get('content-type') ?? '';
    let body: unknown;
    if (type.includes('multipart/form-data')) body = await request.formData();
    else if (request.body) {
      const text = await request.text();
      body = type.includes('json') ? JSON.parse(text) : text;
    }
    const call: Call = { method: request.method, path: `${url.pathname}${url.search}`, headers: Object.fromEntries(request.headers.entries()), body };
    calls.push(call);
    return handler(call);
  };
  return Object.assign(fn as typeof fetch, { calls });
}

/** A JSON response. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** The ads-board success envelope. */
export function ok(result: unknown, details = ''): Response {
  return json({ result, resultCode: 'SUCCESS', details, errorCode: 0 });
}

/** A page in the envelope. */
export function page(results: unknown[], next: number | null = null): Response {
  return ok({ count: results.length, next, previous: null, results });
}

/** Resolves after `ms` real milliseconds. */
export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
