// A scripted fetch for pipeline tests: records every request, answers from a queue of handlers.
export interface Recorded {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | undefined;
  form: FormData | undefined;
}

type Answer = Response | Error | ((request: Request) => Response | Error | Promise<Response | Error>);

/** A fetch that answers with the given responses in order (the last one repeats). */
export function scriptedFetch(...answers: Answer[]): typeof fetch & { calls: Recorded[] } {
  const calls: Recorded[] = [];
  const fn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const type = request.headers.get('content-type') ?? '';
    const form = type.includes('multipart/form-data') ? await request.clone().formData() : undefined;
    const body = request.body && !form ? await request.clone().text() : undefined;
    calls.push({ method: request.method, url: request.url, headers: Object.fromEntries(request.headers.entries()), body, form });
    const next = answers.length > 1 ? answers.shift()! : answers[0]!;
    const answer = typeof next === 'function' ? await next(request) : next;
    if (answer instanceof Error) throw answer;
    return answer.clone();
  };
  return Object.assign(fn as typeof fetch, { calls });
}

/** A JSON response. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
}

/** A network failure shaped like undici's (`TypeError: fetch failed` with a coded cause). */
export function networkFailure(code: string): Error {
  const cause = Object.assign(new Error(`connect ${code} 10.0.0.1:443`), { code });
  return new TypeError('fetch failed', { cause });
}
