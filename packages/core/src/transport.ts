// The one place that performs HTTP: a thin layer over ofetch, so swapping it touches only this file.
import { ofetch } from 'ofetch';

/** A fully built request. */
export interface TransportRequest {
  url: string;
  method: string;
  headers: Headers;
  body?: string | FormData | undefined;
  signal: AbortSignal;
}

/** The answer, with the body as text (parsing is the pipeline's job). */
export interface TransportResponse {
  status: number;
  headers: Headers;
  text: string;
}

/** Sends one request, once. Throws only for network-level failures and aborts. */
export type Transport = (request: TransportRequest) => Promise<TransportResponse>;

/** `node:http`-like modules as `process.getBuiltinModule` returns them (typed loosely: no Node types in browser builds). */
interface HttpModule {
  request(url: URL, options: { method: string; headers: Record<string, string>; signal?: AbortSignal }, callback: (response: IncomingLike) => void): {
    on(event: 'error', listener: (error: Error) => void): void;
    end(body?: string): void;
  };
}
interface IncomingLike {
  statusCode?: number;
  headers: Record<string, string | string[] | undefined>;
  setEncoding(encoding: string): void;
  on(event: 'data', listener: (chunk: string) => void): void;
  on(event: 'end' | 'error', listener: (arg?: unknown) => void): void;
}

/**
 * Node's `node:http`/`node:https`, reached through `process.getBuiltinModule` (Node ≥ 20.16) so no
 * bundler sees an import: `undefined` in browsers, edge runtimes and older Node versions.
 */
function builtinHttp(protocol: string): HttpModule | undefined {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const mod = proc?.getBuiltinModule?.(protocol === 'https:' ? 'node:https' : 'node:http');
  return mod as HttpModule | undefined;
}

/** Whether this runtime can send a GET with a body (`sendGetWithBody`): Node ≥ 20.16. */
export function canSendGetWithBody(): boolean {
  return builtinHttp('http:') !== undefined;
}

/**
 * Send a request over `node:http`/`node:https`, which, unlike `fetch`, can carry a body on GET (a
 * form some providers document: O!Market's ads-filter). Throws a TypeError where Node's http
 * module is not available (browsers): check `canSendGetWithBody()` first.
 */
export const sendGetWithBody: Transport = (request) => {
  const url = new URL(request.url);
  const http = builtinHttp(url.protocol);
  if (!http) return Promise.reject(new TypeError('A GET with a body needs node:http (Node ≥ 20.16); fetch cannot send one'));
  if (request.body !== undefined && typeof request.body !== 'string') return Promise.reject(new TypeError('A GET with a body takes a text body only'));
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  if (request.body !== undefined) headers['content-length'] = String(new TextEncoder().encode(request.body).byteLength);
  return new Promise<TransportResponse>((resolve, reject) => {
    const outgoing = http.request(url, { method: request.method, headers, signal: request.signal }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => {
        text += chunk;
      });
      response.on('error', (error) => reject(error));
      response.on('end', () => {
        const out = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (Array.isArray(value)) for (const v of value) out.append(name, v);
          else if (value !== undefined) out.set(name, value);
        }
        resolve({ status: response.statusCode ?? 0, headers: out, text });
      });
    });
    outgoing.on('error', reject);
    outgoing.end(request.body as string | undefined);
  });
};

/**
 * The transport a client uses unless its provider gives another: one ofetch call per attempt,
 * optionally over a caller-supplied `fetch`. It cannot send a GET with a body (fetch refuses one);
 * a provider that documents one builds its client with {@link createTransport}. @internal
 */
export function fetchTransport(fetchImpl?: typeof fetch): Transport {
  // ofetch ignores `fetch` in its first argument; a custom fetch goes in the second.
  const client = ofetch.create({}, fetchImpl ? { fetch: fetchImpl } : {});
  return async (request) => {
    const response = await client.raw<string, 'text'>(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      responseType: 'text',
      ignoreResponseError: true,
      retry: 0,
    });
    return { status: response.status, headers: response.headers, text: response._data ?? '' };
  };
}

/**
 * Build a transport, optionally over a caller-supplied `fetch`. Without one, a GET (or HEAD) with
 * a body, which `fetch` refuses, goes over `node:http` where Node provides it (`sendGetWithBody`);
 * a caller-supplied `fetch` receives every request itself. Providers that document a GET with a
 * body pass it to `createCore` (`transport`); the others keep the smaller {@link fetchTransport}.
 */
export function createTransport(fetchImpl?: typeof fetch): Transport {
  const send = fetchTransport(fetchImpl);
  // A caller-supplied fetch (tests, proxies, instrumentation) keeps every request, as before.
  if (fetchImpl) return send;
  return (request) => ((request.method === 'GET' || request.method === 'HEAD') && request.body !== undefined ? sendGetWithBody(request) : send(request));
}

/** System error codes that prove the request never reached the server. */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** Find a system error code (`ECONNREFUSED`) anywhere in an error's cause chain. */
export function networkErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current && typeof current === 'object'; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[A-Z_]+$/.test(code)) return code;
    const errors = (current as { errors?: unknown }).errors;
    if (Array.isArray(errors)) {
      for (const inner of errors) {
        const found = networkErrorCode(inner);
        if (found) return found;
      }
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Whether a network error code proves the request never left. */
export function requestNeverSent(code: string | undefined): boolean {
  return code !== undefined && NOT_SENT_CODES.has(code);
}
