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

/** Build the default transport, optionally over a caller-supplied `fetch`. */
export function createTransport(fetchImpl?: typeof fetch): Transport {
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
