// The drift proxy (`x-mock proxy --provider <name> --target <base URL>`): forwards traffic unchanged
// to the real service and checks both directions against the endpoint definitions and the
// documented wire forms, so users with real credentials can see whether the live API still answers
// as documented. Credentials never reach a log line or the journal.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as v from 'valibot';
import { Redactor, type AnyEndpoint } from '@x/core/provider';
import { createTransport, fromPairs, toIssues, toStrict, type Transport } from '@x/core/internal';
import { decodeBody, formArrays, validateParts } from './mock-engine';
import type { ProviderMock } from './provider-mock';
import type { RawRequest } from './types';
import { matchRoute } from './router';
import { mockProviders, type MockProviderName } from './providers/index';

/** Options of `createDriftProxy`. */
export interface DriftProxyOptions {
  /** Provider whose definitions and documented examples are the contract. */
  provider: MockProviderName;
  /** The real service's base URL (the provider's main host), e.g. `https://b2motor.ru/api/webservice`. */
  target: string;
  /** Port (default 4020; 0 picks a free one). */
  port?: number;
  /** Interface (default 127.0.0.1). */
  host?: string;
  /** Where the one line per request goes (default: nowhere). Lines are redacted. */
  log?: (line: string) => void;
  /** How requests reach the target (default: core's transport: fetch, node:http for a GET body). */
  transport?: Transport;
}

/** One forwarded request and what did not match the documents. Redacted. */
export interface DriftEntry {
  /** Milliseconds since the epoch. */
  at: number;
  method: string;
  /** Path and query relative to the proxy, credentials masked. */
  url: string;
  /** Endpoint key, or `undefined` when the request matches no documented operation. */
  endpoint: string | undefined;
  /** Status the target answered (0 when it could not be reached). */
  status: number;
  /** `request: …` and `response: …` findings; empty when both directions conform. */
  violations: string[];
}

/** A running drift proxy. */
export interface DriftProxy {
  /** `http://host:port`: point the SDK's `baseURL` here. */
  readonly url: string;
  /** Every request so far, oldest first (also at `GET /__proxy/journal`). */
  readonly journal: readonly DriftEntry[];
  /** A few lines: requests, how many drifted, violations by endpoint. */
  summary(): string;
  /** Stop listening. */
  close(): Promise<void>;
  readonly server: Server;
}

const HOP_BY_HOP = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive', 'accept-encoding']);
const DROP_FROM_ANSWER = new Set(['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive']);

/**
 * Start a drift proxy. Each request is matched to a documented endpoint, its method, path,
 * parameters and body encoding are checked against the definition, it is forwarded unchanged to
 * `target`, and a success answer is checked against the response schema in strict mode (renamed
 * or extra fields, wrong types), an error answer against the statuses the documents give.
 *
 * @example
 * const proxy = await createDriftProxy({ provider: 'b2motor', target: 'https://b2motor.ru/api/webservice', log: console.log });
 * const b2motor = createB2motor({ login, password, baseURL: proxy.url });
 */
export async function createDriftProxy(options: DriftProxyOptions): Promise<DriftProxy> {
  const entry = mockProviders[options.provider];
  if (!entry) throw new Error(`Unknown provider "${String(options.provider)}". Known: ${Object.keys(mockProviders).join(', ')}`);
  let target: URL;
  try {
    target = new URL(options.target);
  } catch {
    throw new Error(`--target must be an absolute URL, got ${JSON.stringify(options.target)}`);
  }
  const mock = entry.create() as ProviderMock<any, any, any>;
  const definition = mock.definition;
  const authNames = [...(definition.authParams ?? [])];
  const redactor = new Redactor([...(definition.sensitiveNames ?? []), ...authNames, ...(definition.provider.sensitiveNames ?? [])]);
  const transport = options.transport ?? createTransport();
  const log = options.log ?? (() => undefined);
  const journal: DriftEntry[] = [];
  const base = target.href.replace(/\/+$/, '');

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://proxy.local');
    if (url.pathname === '/__proxy/journal' && req.method === 'GET') {
      return reply(res, 200, { 'content-type': 'application/json' }, JSON.stringify({ provider: mock.name, target: redactor.url(base), entries: journal }));
    }
    const body = await readBody(req);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
    }
    const method = (req.method ?? 'GET').toUpperCase();
    // Every credential value the request carries becomes a secret before anything is written down.
    for (const name of authNames) redactor.addSecret(url.searchParams.get(name));
    for (const [name, value] of headers) if (redactor.isSensitiveName(name)) redactor.addSecret(value.replace(/^(Bearer|Basic|Token)\s+/i, ''));
    if (body && (headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
      const form = new URLSearchParams(new TextDecoder().decode(body));
      for (const name of authNames) redactor.addSecret(form.get(name));
    }
    const raw: RawRequest = { method, url, headers, body, host: 'main', path: url.pathname };
    const violations: string[] = [];
    const match = matchRoute(mock.routes, 'main', method, url.pathname);
    let endpoint: AnyEndpoint | undefined;
    let key: string | undefined;
    if (match.kind === 'route') {
      endpoint = match.route.endpoint;
      key = match.route.key;
      violations.push(...(await checkRequest(endpoint, raw, match.params, authNames)));
    } else if (match.kind === 'method-not-allowed') {
      violations.push(`request: ${method} is not documented for ${url.pathname} (documented: ${match.allowed.join(', ')})`);
    } else {
      violations.push(`request: ${method} ${url.pathname} matches no documented operation`);
    }

    let status = 0;
    try {
      const answer = await transport({
        url: `${base}${url.pathname}${url.search}`,
        method,
        headers,
        body: body && body.byteLength > 0 ? new TextDecoder().decode(body) : undefined,
        signal: AbortSignal.timeout(60_000),
      });
      status = answer.status;
      if (endpoint && key) violations.push(...checkResponse(mock, key, endpoint, answer.status, answer.headers, answer.text));
      const out: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        if (!DROP_FROM_ANSWER.has(name)) out[name] = value;
      });
      reply(res, answer.status, out, answer.text);
    } catch (error) {
      violations.push(`transport: the target could not be reached (${error instanceof Error ? error.message : String(error)})`);
      reply(res, 502, { 'content-type': 'application/json' }, JSON.stringify({ proxyError: 'The target could not be reached' }));
    }
    const record: DriftEntry = {
      at: Date.now(),
      method,
      url: redactor.url(`${url.pathname}${url.search}`),
      endpoint: key,
      status,
      violations: violations.map((line) => redactor.message(line)),
    };
    journal.push(record);
    log(formatLine(record));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      reply(res, 500, { 'content-type': 'application/json' }, JSON.stringify({ proxyError: redactor.message(error instanceof Error ? error.message : String(error)) }));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4020, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${host}:${address.port}`,
    journal,
    server,
    summary: () => summarize(mock.name, journal),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Method, path parameters, query, body and encoding against the endpoint definition. */
async function checkRequest(endpoint: AnyEndpoint, raw: RawRequest, params: Record<string, string>, authNames: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  const type = (raw.headers.get('content-type') ?? '').toLowerCase();
  const hasBody = raw.body !== undefined && raw.body.byteLength > 0;
  if (endpoint.request?.body && hasBody) {
    const expected = endpoint.encoding === 'form' ? 'application/x-www-form-urlencoded' : endpoint.encoding === 'multipart' ? 'multipart/form-data' : 'application/json';
    if (!type.includes(expected)) out.push(`request: body sent as ${type || 'no content type'}; documented: ${expected}`);
  } else if (!endpoint.request?.body && hasBody && !isCredentialsOnlyForm(raw, type, authNames)) {
    out.push('request: a body was sent; the operation documents none');
  }
  const decoded = await decodeBody(raw);
  if (decoded.issues) out.push(...decoded.issues.map((i) => `request: body: ${i.message}`));
  const query = fromPairs(raw.url.searchParams.entries());
  const declared = new Set(Object.keys(entriesOf(endpoint.request?.query)));
  for (const name of Object.keys(query)) {
    const root = name.replace(/\[.*$/, '');
    if (!declared.has(root) && !authNames.includes(root)) out.push(`request: query parameter ${root} is not documented`);
  }
  const body = decoded.form ? formArrays(endpoint.request?.body, decoded.value) : decoded.value;
  // Credentials in a form body (7offers writes) are not part of the documented fields.
  const fields = body && typeof body === 'object' && !Array.isArray(body) ? Object.fromEntries(Object.entries(body).filter(([k]) => !authNames.includes(k))) : body;
  const checked = validateParts(endpoint, { method: raw.method, url: raw.url, headers: raw.headers, query, body: fields, params, host: raw.host, path: raw.path });
  if ('issues' in checked) out.push(...checked.issues.map((i) => `request: ${i.path ? `${i.path}: ` : ''}${i.message}`));
  return out;
}

function isCredentialsOnlyForm(raw: RawRequest, type: string, authNames: readonly string[]): boolean {
  if (!type.includes('application/x-www-form-urlencoded') || !raw.body) return false;
  return [...new URLSearchParams(new TextDecoder().decode(raw.body)).keys()].every((k) => authNames.includes(k));
}

function entriesOf(schema: unknown): Record<string, unknown> {
  let current = schema as { entries?: Record<string, unknown>; pipe?: unknown[] } | undefined;
  while (current?.pipe && current.pipe[0] !== current) current = current.pipe[0] as typeof current;
  return current?.entries ?? {};
}

/** A success against the strict response schema; any other answer against the documented statuses. */
function checkResponse(mock: ProviderMock<any, any, any>, key: string, endpoint: AnyEndpoint, status: number, headers: Headers, text: string): string[] {
  let body: unknown = text;
  try {
    body = text === '' ? '' : JSON.parse(text);
  } catch {
    // Kept as text.
  }
  const ok = endpoint.successStatus ? endpoint.successStatus.includes(status) : status >= 200 && status < 300;
  const context = { status, body, headers, endpoint: key, ok };
  const failure = endpoint.classify?.(context) ?? mock.definition.provider.classify?.(context);
  const documented = new Set<number>([...(endpoint.successStatus ?? [200]), ...mock.examplesFor(key).map((e) => e.response.status)]);
  if (!ok || failure) {
    return documented.has(status) ? [] : [`response: status ${status} is not documented for ${key} (documented: ${[...documented].sort().join(', ')})`];
  }
  if (!documented.has(status) && !(status >= 200 && status < 300)) return [`response: status ${status} is not documented for ${key}`];
  const result = v.safeParse(toStrict(endpoint.response), body);
  if (result.success) return [];
  return toIssues(result.issues).map((i) => `response: ${i.path ? `${i.path}: ` : ''}${i.message}`);
}

function formatLine(entry: DriftEntry): string {
  const head = `${entry.method} ${entry.url} → ${entry.status || 'unreachable'} ${entry.endpoint ?? '(undocumented)'}`;
  return entry.violations.length === 0 ? `ok    ${head}` : `DRIFT ${head}\n${entry.violations.map((v) => `      - ${v}`).join('\n')}`;
}

function summarize(provider: string, journal: readonly DriftEntry[]): string {
  const drifted = journal.filter((e) => e.violations.length > 0);
  const lines = [`drift proxy (${provider}): ${journal.length} request(s), ${drifted.length} with violations`];
  const byEndpoint = new Map<string, number>();
  for (const e of drifted) byEndpoint.set(e.endpoint ?? '(undocumented)', (byEndpoint.get(e.endpoint ?? '(undocumented)') ?? 0) + e.violations.length);
  for (const [endpoint, count] of byEndpoint) lines.push(`  ${endpoint}: ${count} violation(s)`);
  return lines.join('\n');
}

async function readBody(req: IncomingMessage): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length === 0 ? undefined : new Uint8Array(Buffer.concat(chunks));
}

function reply(res: ServerResponse, status: number, headers: Record<string, string>, text: string): void {
  res.writeHead(status, headers);
  res.end(text);
}
