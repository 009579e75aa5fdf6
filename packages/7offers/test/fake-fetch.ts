// A scripted `fetch` for unit tests: answers in order (the last answer repeats) and records requests.

/** A request the fake fetch received. */
export interface SeenRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: string | undefined;
}

/** An answer: a JSON body with a status, or a function of the request. */
export type Answer = { status?: number; body: unknown } | ((request: SeenRequest) => { status?: number; body: unknown });

/** Build a fake fetch; `calls` lists what it received. */
export function fakeFetch(...answers: Answer[]): typeof fetch & { calls: SeenRequest[] } {
  const calls: SeenRequest[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const seen: SeenRequest = { method: request.method, url: new URL(request.url), headers: request.headers, body: request.body ? await request.text() : undefined };
    calls.push(seen);
    const next = answers.length > 1 ? answers.shift()! : answers[0];
    if (!next) throw new Error('fakeFetch: no answer scripted');
    const answer = typeof next === 'function' ? next(seen) : next;
    const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
    return new Response(text, { status: answer.status ?? 200, headers: { 'content-type': 'application/json' } });
  };
  return Object.assign(fn as typeof fetch, { calls });
}

/** A paged list server over `total` numbered objects (`{ id }`), honouring page / per_page. */
export function pagedList(total: number): Answer {
  return (request) => {
    const page = Number(request.url.searchParams.get('page') ?? 1);
    const perPage = Number(request.url.searchParams.get('per_page') ?? 100);
    const ids = Array.from({ length: total }, (_, i) => i + 1);
    return { body: { objects: ids.slice((page - 1) * perPage, page * perPage).map((id) => ({ id })), total_count: total, per_page: perPage, page } };
  };
}
