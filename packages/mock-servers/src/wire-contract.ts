// The documented wire fixtures as checks: compare a request an SDK sent with the fixture byte for byte
// where it matters, build the fixture's raw request for a mock, and match an answer with the
// documented one. Runner-agnostic: the failures come back as a list of sentences.
import { isDeepStrictEqual } from 'node:util';
import type { MultipartValue, WireFixture } from './fixtures/types';

/** A request as it left the client: what a capturing msw handler or a proxy sees. */
export interface SentRequest {
  method: string;
  url: string;
  headers: Headers;
  body: Uint8Array | undefined;
}

/** The fixture's printed target, split: the full path (placeholders filled) and the query pairs as written. */
export interface FixtureTarget {
  /** Full path from the host root, as printed (`/api/webservice/basket/edit/`). */
  path: string;
  /** Query pairs as written (not URL-decoded: the documents print them raw). */
  query: Array<[string, string]>;
}

/** Split `base` + `target` of a fixture into its path and query. */
export function fixtureTarget(fixture: WireFixture): FixtureTarget {
  const { base, target, params = {} } = fixture.request;
  const filled = target.replace(/<([^>]+)>|\{([^}]+)\}/g, (whole, a: string | undefined, b: string | undefined) => params[(a ?? b) as string] ?? whole);
  const [rawPath = '', rawQuery] = splitOnce(filled, '?');
  const basePath = base ? new URL(base).pathname.replace(/\/+$/, '') : '';
  // The documents drop the leading slash now and then (O!Market `api/ads-board/...`): a target is
  // always relative to the base, so the join puts exactly one slash between them.
  const path = `${basePath}/${rawPath.replace(/^\/+/, '')}`;
  const query = rawQuery === undefined || rawQuery === '' ? [] : rawQuery.split('&').map((pair) => splitOnce(pair, '=') as [string, string]).map(([k, v]) => [k, v ?? ''] as [string, string]);
  return { path, query };
}

/** The body bytes a fixture sends (the repaired text where the printed one cannot be sent). */
export function fixtureBodyText(fixture: WireFixture): string | undefined {
  const body = fixture.request.body;
  return body?.text ?? body?.printed;
}

/** Credential names of a fixture (lower-cased for headers). */
function credentialNames(fixture: WireFixture): string[] {
  const c = fixture.credentials;
  if (c.in === 'basic') return ['authorization'];
  if (c.in === 'none') return [];
  return c.names.map((n) => (c.in === 'header' ? n.toLowerCase() : n));
}

function mediaType(value: string | null | undefined): string {
  return (value ?? '').split(';')[0]!.trim().toLowerCase();
}

function pairsOf(params: URLSearchParams): Array<[string, string]> {
  return [...params.entries()];
}

function sortPairs(pairs: Array<[string, string]>): string[] {
  return pairs.map(([k, v]) => `${k}=${v}`).sort();
}

function show(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * Compare the request an SDK sent with a fixture. Checked: method, host, path (trailing slash
 * included), query names and values, the headers the fixture names, the content type, the body
 * (JSON with its value types, form pairs, multipart fields) and where the credentials travel.
 * Credential values are not compared (the documents print placeholders), their place is.
 */
export async function compareSent(fixture: WireFixture, sent: SentRequest, expectedHost?: string, options: { bodyVisible?: boolean } = {}): Promise<string[]> {
  const failures: string[] = [];
  const url = new URL(sent.url);
  const expected = fixtureTarget(fixture);
  const creds = credentialNames(fixture);
  const where = fixture.credentials.in;

  if (sent.method !== fixture.request.method) failures.push(`method: sent ${sent.method}, documented ${fixture.request.method}`);
  const host = expectedHost ?? (fixture.request.base ? new URL(fixture.request.base).host : undefined);
  if (host !== undefined && url.host !== host) failures.push(`host: sent ${url.host}, documented ${host}`);

  const path = safeDecode(url.pathname);
  const wantPath = fixture.request.decidedPath ?? expected.path;
  if (!pathEndsWith(path, wantPath, fixture.request.base === undefined)) failures.push(`path: sent ${path}, documented ${wantPath}`);

  // Query: names byte for byte, values as text; credentials only by name and place.
  const sentQuery = pairsOf(url.searchParams);
  const isCredQuery = (name: string) => where === 'query' && creds.includes(name);
  const gotQuery = sortPairs(sentQuery.filter(([k]) => !isCredQuery(k)));
  const wantQuery = sortPairs(expected.query.filter(([k]) => !isCredQuery(k)));
  if (!isDeepStrictEqual(gotQuery, wantQuery)) failures.push(`query: sent ${show(gotQuery)}, documented ${show(wantQuery)}`);
  if (where === 'query') {
    for (const name of creds) if (!url.searchParams.has(name)) failures.push(`credentials: ${name} is not in the query`);
  } else {
    for (const name of creds) if (url.searchParams.has(name)) failures.push(`credentials: ${name} travels in the query; documented in the ${where === 'basic' ? 'Authorization header (Basic)' : where}`);
  }

  // Headers the document names.
  for (const [name, value] of Object.entries(fixture.request.headers ?? {})) {
    const lower = name.toLowerCase();
    const got = sent.headers.get(lower);
    if (got === null) {
      failures.push(`header ${name}: not sent`);
      continue;
    }
    if (lower === 'content-type') continue;
    if (creds.includes(lower)) {
      // A placeholder value: compare the scheme (`Bearer x`, `Basic x`) or its absence (a raw token).
      const scheme = /^(\S+) /.exec(value)?.[1];
      const gotScheme = /^(\S+) /.exec(got)?.[1];
      if (scheme !== gotScheme) failures.push(`header ${name}: sent the scheme ${gotScheme ?? '(none, a raw value)'}, documented ${scheme ?? '(none, a raw value)'}`);
      continue;
    }
    if (got !== value) failures.push(`header ${name}: sent ${show(got)}, documented ${show(value)}`);
  }
  if (where === 'header') {
    for (const name of creds) if (!sent.headers.has(name)) failures.push(`credentials: header ${name} not sent`);
  }
  if (where === 'basic' && !/^Basic /.test(sent.headers.get('authorization') ?? '')) failures.push('credentials: no Basic Authorization header');

  // Body: encoding, then content.
  const body = fixture.request.body;
  if (options.bodyVisible === false) return failures;
  const bytes = sent.body && sent.body.byteLength > 0 ? sent.body : undefined;
  if (!body) {
    if (bytes) failures.push(`body: sent ${bytes.byteLength} bytes (${mediaType(sent.headers.get('content-type'))}), documented none`);
    return failures;
  }
  const sentType = mediaType(sent.headers.get('content-type'));
  const wantType = mediaType(body.contentType);
  if (sentType !== wantType) failures.push(`encoding: sent ${sentType || '(no content type)'}, documented ${wantType}`);
  if (!bytes) {
    failures.push('body: none sent');
    return failures;
  }
  const isCredBody = (name: string) => where === 'body' && creds.includes(name);
  if (wantType === 'application/json') {
    const text = new TextDecoder().decode(bytes);
    let got: unknown;
    try {
      got = JSON.parse(text);
    } catch {
      failures.push(`body: not JSON: ${text.slice(0, 80)}`);
      return failures;
    }
    const want = JSON.parse(fixtureBodyText(fixture) ?? 'null') as unknown;
    if (!isDeepStrictEqual(got, want)) failures.push(`body: sent ${show(got)}, documented ${show(want)}`);
  } else if (wantType === 'application/x-www-form-urlencoded') {
    const got = pairsOf(new URLSearchParams(new TextDecoder().decode(bytes)));
    const want = pairsOf(new URLSearchParams(fixtureBodyText(fixture) ?? ''));
    const a = sortPairs(got.filter(([k]) => !isCredBody(k)));
    const b = sortPairs(want.filter(([k]) => !isCredBody(k)));
    if (!isDeepStrictEqual(a, b)) failures.push(`body: sent ${show(a)}, documented ${show(b)}`);
    for (const name of creds) {
      if (where === 'body' && !got.some(([k]) => k === name)) failures.push(`credentials: ${name} is not in the body`);
    }
  } else if (wantType === 'multipart/form-data') {
    let form: FormData;
    try {
      form = await new Response(bytes as unknown as BodyInit, { headers: { 'content-type': sent.headers.get('content-type') ?? '' } }).formData();
    } catch {
      failures.push('body: not multipart/form-data');
      return failures;
    }
    const got = [...form.entries()].map(([k, v]) => `${k}=${typeof v === 'string' ? v : `<file ${v.type}>`}`).sort();
    const want = (body.fields ?? []).map(([k, v]) => `${k}=${describeField(v)}`).sort();
    if (!isDeepStrictEqual(got, want)) failures.push(`body: sent fields ${show(got)}, documented ${show(want)}`);
  }
  if (where === 'body' && wantType !== 'application/x-www-form-urlencoded') {
    failures.push('credentials in a non-form body are not supported by this comparison');
  }
  return failures;
}

function describeField(value: MultipartValue): string {
  return typeof value === 'string' ? value : `<file ${value.type}>`;
}

/** A path matches when it is the documented one; with no documented host, when it ends with it. */
function pathEndsWith(path: string, want: string, anyPrefix: boolean): boolean {
  return anyPrefix ? path.endsWith(want) && (path.length === want.length || want.startsWith('/')) : path === want;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + separator.length)];
}

/** What a raw request needs besides the fixture: the values the mock accepts for each credential. */
export interface RawCredentials {
  /** Values by credential name (query/body names as printed, header names lower-case). */
  values: Readonly<Record<string, string>>;
  /** The Authorization header value for Basic auth. */
  basic?: string;
}

/** A raw request ready for a transport: method, path relative to the mock host, headers, body. */
export interface RawFixtureRequest {
  method: string;
  /** Path and query relative to the provider host's base (`/basket/edit/?basketId=…`). */
  pathAndQuery: string;
  headers: Record<string, string>;
  /** Text, or multipart FormData. */
  body: string | FormData | undefined;
}

/**
 * The fixture's request as a client would put the printed form on the wire: query names and values
 * URL-encoded (a Cyrillic letter stays the same letter, in UTF-8), the printed headers and body.
 * Credential placeholders are replaced with values the mock accepts, unless the fixture documents
 * wrong credentials. `basePath` is the path of the mock host's real base URL (`/api/webservice`).
 */
export function rawFixtureRequest(fixture: WireFixture, basePath: string, credentials: RawCredentials): RawFixtureRequest {
  const target = fixtureTarget(fixture);
  const keep = 'wrong' in fixture.credentials && fixture.credentials.wrong === true;
  const creds = credentialNames(fixture);
  const where = fixture.credentials.in;
  const value = (name: string, printed: string): string => (keep ? printed : (credentials.values[name] ?? printed));
  const prefix = basePath.replace(/\/+$/, '');
  if (prefix && !target.path.startsWith(`${prefix}/`)) throw new Error(`${fixture.name}: documented path ${target.path} is not under the mock host's base ${prefix}`);
  const relPath = target.path.slice(prefix.length);
  const encode = (text: string) => encodeURIComponent(text).replace(/%5B/g, '[').replace(/%5D/g, ']');
  const query = target.query.map(([k, v]) => `${encode(k)}=${encode(where === 'query' && creds.includes(k) ? value(k, v) : v)}`).join('&');
  const headers: Record<string, string> = {};
  for (const [name, printed] of Object.entries(fixture.request.headers ?? {})) {
    const lower = name.toLowerCase();
    headers[lower] = creds.includes(lower) ? (where === 'basic' ? (keep ? printed : (credentials.basic ?? printed)) : value(lower, printed)) : printed;
  }
  if (!keep) {
    if (where === 'header') for (const name of creds) headers[name] ??= credentials.values[name] ?? '';
    if (where === 'basic') headers.authorization ??= credentials.basic ?? '';
  }
  let body: string | FormData | undefined;
  const printedBody = fixture.request.body;
  if (printedBody) {
    if (printedBody.fields) {
      const form = new FormData();
      for (const [name, v] of printedBody.fields) form.append(name, typeof v === 'string' ? v : fileFor(v));
      body = form;
    } else {
      body = fixtureBodyText(fixture);
      if (body !== undefined && where === 'body' && mediaType(printedBody.contentType) === 'application/x-www-form-urlencoded') {
        const params = new URLSearchParams(body);
        for (const name of creds) if (params.has(name)) params.set(name, value(name, params.get(name)!));
        body = params.toString();
      }
      headers['content-type'] = printedBody.contentType;
    }
  }
  return { method: fixture.request.method, pathAndQuery: query ? `${relPath}?${query}` : relPath, headers, body };
}

/** A stand-in file for a documented file field (a 4-byte JPEG). */
export function fileFor(value: { file: string; type: string }): File {
  return new File([new Uint8Array([0xff, 0xd8, 0xff, 0xd9])], value.file, { type: value.type });
}

/** A fixture's SDK input with `{ file, type }` placeholders turned into Files. */
export function fixtureInput(fixture: WireFixture): Record<string, unknown> {
  const convert = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(convert);
    if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 2 && typeof record.file === 'string' && typeof record.type === 'string') return fileFor(record as { file: string; type: string });
      return Object.fromEntries(keys.map((k) => [k, convert(record[k])]));
    }
    return value;
  };
  return convert(fixture.input) as Record<string, unknown>;
}

/** Compare an answer with the documented one: the status, and the body whole or as a subset. */
export function compareAnswer(fixture: WireFixture, status: number, body: unknown): string[] {
  const failures: string[] = [];
  const answer = fixture.answer;
  if (status !== answer.status) failures.push(`status: answered ${status}, documented ${answer.status} (body ${show(body)?.slice(0, 300)})`);
  if (answer.body !== undefined) {
    const ok = answer.match === 'exact' ? isDeepStrictEqual(body, answer.body) : isSubset(body, answer.body);
    if (!ok) failures.push(`body: answered ${show(body)?.slice(0, 400)}, documented ${answer.match === 'subset' ? 'a superset of ' : ''}${show(answer.body)}`);
  }
  return failures;
}

/** Whether `actual` contains `expected`: objects by key, arrays element by element (a prefix). */
export function isSubset(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) return Array.isArray(actual) && expected.length <= actual.length && expected.every((x, i) => isSubset(actual[i], x));
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object' || Array.isArray(actual)) return false;
    return Object.entries(expected).every(([k, v]) => k in actual && isSubset((actual as Record<string, unknown>)[k], v));
  }
  return isDeepStrictEqual(actual, expected);
}

/**
 * Settle a check against a fixture's known defect: a side without a marker must pass; a side with
 * one must still fail (asserting the departure), and says so loudly once the defect is fixed.
 */
export function settle(fixture: WireFixture, side: 'sdk' | 'mock', failures: string[]): { ok: true } | { ok: false; message: string } {
  const defect = fixture.knownDefect?.side === side ? fixture.knownDefect : undefined;
  if (!defect) return failures.length === 0 ? { ok: true } : { ok: false, message: failures.join('\n') };
  if (failures.length > 0) return { ok: true };
  return { ok: false, message: `Known defect fixed: "${defect.issue}". The ${side} now matches fixture ${fixture.name}: remove its knownDefect marker.` };
}
