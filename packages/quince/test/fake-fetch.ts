// A scripted `fetch` for the unit tests: answers through a handler and records every request.

/** A request the fake fetch received. */
export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** The raw body text. */
  text: string;
  /** The body parsed as JSON (undefined when empty). */
  json: any;
}

/** What the handler may answer: a Response, an Error to throw (network failure), or a JSON body. */
export type Answer = Response | Error | { status?: number; body: unknown };

/** Build a fetch that answers with `handler(request, index)` and records requests in `calls`. */
export function fakeFetch(handler: (request: Recorded, index: number) => Answer | Promise<Answer>): typeof fetch & { calls: Recorded[] } {
  const calls: Recorded[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = request.body ? await request.text() : '';
    const recorded: Recorded = { method: request.method, url: request.url, headers: Object.fromEntries(request.headers.entries()), text, json: text ? JSON.parse(text) : undefined };
    calls.push(recorded);
    const answer = await handler(recorded, calls.length - 1);
    if (answer instanceof Error) throw answer;
    if (answer instanceof Response) return answer;
    return json(answer.body, answer.status ?? 200);
  };
  return Object.assign(fn as typeof fetch, { calls });
}

/** A JSON response. */
export function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

/** A network failure shaped like undici's (`TypeError: fetch failed` with a coded cause). */
export function networkFailure(code: string): Error {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code }) });
}

/** `{ success: true, data }`. */
export const ok = (data: unknown[]) => ({ body: { success: true, data } });

/** `{ success: false, error }`. */
export const fail = (error: unknown, status = 200) => ({ status, body: { success: false, error } });
