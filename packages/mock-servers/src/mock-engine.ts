// The mock engine: a running provider mock's routing, scenarios, state, journal and clock behind one
// `handle()` that both transports (msw handlers and the node:http server) call. It imports no
// transport and no derived output; `ProviderMock` (provider-mock.ts) adds those on top.
import * as v from 'valibot';
import { fromPairs, isBlob, objectEntries, Redactor, toIssues, type AnyEndpoint, type OperationKey, type Registry, type ValidationIssue } from '@x/core';
import { createMockClock, type MockClock } from './clock';
import type { DocExample, DocHit, ExampleName, ExamplesFor, HandleInfo, IncomingRequest, MockOptions, MockResponse, ProviderMockDefinition, RawRequest, ResolverContext } from './types';
import { Journal } from './journal';
import { createMockRandom, type MockRandom } from './random';
import { DEFAULT_BODY_LIMIT, JOURNAL_STRING_LIMIT, journalSafe, jsonNestsDeeperThan, MAX_BODY_DEPTH, nestsDeeperThan } from './limits';
import { deriveRoutes, matchRoute, type Route } from './router';
import { formatScenario, MOCK_ERROR_HEADER, parsePrefer, PREFER_HEADER, type Scenario } from './scenarios';
import { formViolations, problemResponse } from './strict';

interface QueuedScenario {
  key: string;
  scenario: Scenario;
  remaining: number;
}

/**
 * The engine of a provider mock: everything but the transports and derived outputs, which
 * `ProviderMock` adds. Transports and the contract matrix take any engine.
 */
export class MockEngine<R extends Registry = Registry, State = unknown, X extends ExamplesFor<R> = ExamplesFor<R>> {
  /** Provider name (`b2motor`). */
  readonly name: string;
  readonly definition: ProviderMockDefinition<R, State, X>;
  readonly clock: MockClock;
  /** The one source of ids, uuids and tokens (seeded by `MockOptions.seed`). */
  readonly random: MockRandom;
  readonly journal: Journal;
  /** Base URLs the msw handlers answer for, by host name (`main` is the provider's main host). */
  readonly baseURLs: Readonly<Record<string, string>>;
  /** Routes derived from the provider's endpoint definitions. */
  readonly routes: readonly Route[];
  /** Largest request body in bytes the transports accept for this mock (see `MockOptions.bodyLimit`). */
  readonly bodyLimit: number;
  /** Requests served despite a doc inconsistency (see the definition's `rewrite`), oldest first. */
  readonly docHits: DocHit[] = [];
  /** Whether this mock accepts undocumented request forms (see `MockOptions.lenient`). */
  readonly lenient: boolean;
  readonly #redactor: Redactor;
  #state: Promise<State>;
  #resolved: State | undefined;
  #queue: QueuedScenario[] = [];
  #epoch = 0;
  /** Settles when the last request queued so far has been answered. */
  #tail: Promise<void> = Promise.resolve();

  constructor(definition: ProviderMockDefinition<R, State, X>, options: MockOptions = {}) {
    this.definition = definition;
    this.name = definition.provider.name;
    this.clock = options.clock ?? createMockClock();
    this.random = createMockRandom(options.seed);
    this.journal = new Journal(options.journalLimit);
    this.bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
    if (!(this.bodyLimit >= 0)) throw new RangeError(`bodyLimit must be a non-negative number of bytes, got ${String(options.bodyLimit)}`);
    this.routes = deriveRoutes(definition.provider);
    this.baseURLs = Object.freeze({
      main: stripSlash(options.baseURL ?? definition.provider.baseURL),
      ...Object.fromEntries(Object.entries({ ...definition.provider.hosts, ...options.hosts }).map(([k, url]) => [k, stripSlash(url)])),
    });
    this.lenient = options.lenient ?? false;
    this.#redactor = new Redactor(definition.sensitiveNames);
    this.#state = this.#createState();
  }

  /** Resolves with the state once it is built (collections seeded). */
  ready(): Promise<State> {
    return this.#state;
  }

  /** The current state (after `await mock.ready()`). */
  get state(): State {
    if (this.#resolved === undefined) throw new Error(`${this.name} mock: state is not ready; await mock.ready() first`);
    return this.#resolved;
  }

  /** Back to the seeded state: fresh collections, empty journal, no queued scenarios, clock reset. */
  async reset(): Promise<void> {
    // Requests still in flight from before the reset must not write into the new journal.
    this.#epoch++;
    this.journal.clear();
    this.docHits.length = 0;
    this.#queue = [];
    this.clock.reset();
    this.random.reset();
    this.#state = this.#createState();
    await this.#state;
  }

  /**
   * Queue a scenario for the next `times` (default 1) requests to one endpoint; the typed twin of
   * the `Prefer` header. Throws at once for an unknown endpoint or example name.
   */
  prefer<K extends OperationKey<R> & keyof X>(key: K, scenario: { example: ExampleName<X, K> } | { code: number }, options: { times?: number } = {}): void {
    const checked = this.#checkScenario(key, scenario as Scenario);
    if ('error' in checked) throw new Error(checked.error);
    this.#queue.push({ key, scenario: checked, remaining: options.times ?? 1 });
  }

  /**
   * A value as the journal would record it: credentials masked by name, files summarised. The
   * contract matrix compares documented requests with journal entries through this.
   */
  journalView(value: unknown): unknown {
    return summarizeFiles(this.#redactor.value(journalSafe(value)));
  }

  /**
   * The answer to a request whose body is larger than `bodyLimit`: a 413 in the provider's error
   * shape, journaled without its body. Transports call this instead of `handle`.
   */
  tooLarge(request: Omit<RawRequest, 'body'>): MockResponse {
    const response = this.definition.errors.status(413, `Request body is larger than ${this.bodyLimit} bytes (the mock's body limit)`);
    const match = matchRoute(this.routes, request.host, request.method, request.path);
    this.journal.push({
      provider: this.name,
      host: request.host,
      method: request.method,
      path: request.path,
      headers: this.#journalHeaders(request.headers),
      at: this.clock.now(),
      endpoint: match.kind === 'route' ? match.route.key : undefined,
      query: this.#redactor.value(journalSafe(decodePairs(request.url.searchParams.entries(), 'Query').value)) as Record<string, unknown>,
      body: undefined,
      scenario: undefined,
      status: response.status,
    });
    return response;
  }

  /** Headers as the journal keeps them: long values summarised, then redacted. */
  #journalHeaders(headers: Headers): Record<string, string> {
    const kept: Record<string, string> = {};
    headers.forEach((value, name) => {
      kept[name] = value.length > JOURNAL_STRING_LIMIT ? `[${value.length} characters]` : value;
    });
    return this.#redactor.headers(kept);
  }

  /** The documented examples of one endpoint. */
  examplesFor(key: string): readonly DocExample<AnyEndpoint>[] {
    return (this.definition.examples as Record<string, readonly DocExample<AnyEndpoint>[]>)[key] ?? [];
  }

  /**
   * Handle one request. Both transports call this. Requests to one mock run one at a time from
   * the moment state is read until the answer is journaled (a serial queue per mock), so
   * concurrent requests never interleave a resolver's read and write; body decoding, routing and
   * redaction for the journal happen before a request joins the queue.
   */
  async handle(incoming: RawRequest, info: HandleInfo = {}): Promise<MockResponse> {
    const epoch = this.#epoch;
    const raw = this.definition.rewrite
      ? this.definition.rewrite(incoming, (kind, detail) => this.docHits.push({ kind, path: incoming.path, detail, at: this.clock.now() }))
      : incoming;
    const match = matchRoute(this.routes, raw.host, raw.method, raw.path);
    const entry = { provider: this.name, host: raw.host, method: raw.method, path: raw.path, headers: this.#journalHeaders(raw.headers) };
    const decodedQuery = decodePairs(raw.url.searchParams.entries(), 'Query');
    const query = decodedQuery.value;
    const journalQuery = this.#redactor.value(journalSafe(query)) as Record<string, unknown>;
    if (match.kind !== 'route') {
      const response =
        match.kind === 'not-found'
          ? (this.definition.unrouted?.({ host: raw.host, method: raw.method, path: raw.path }) ?? this.definition.errors.status(404, `Unknown operation ${raw.method} ${raw.path}`))
          : withHeaders(this.definition.errors.status(405, `Method ${raw.method} not allowed; use ${match.allowed.join(', ')}`), { allow: match.allowed.join(', ') });
      if (epoch === this.#epoch) this.journal.push({ ...entry, at: this.clock.now(), endpoint: undefined, query: journalQuery, body: undefined, scenario: undefined, status: response.status });
      return response;
    }
    const { route } = match;
    info.endpoint = route.key;
    const decoded = await decodeBody(raw);
    if (!decoded.issues && decodedQuery.issues) decoded.issues = decodedQuery.issues;
    const journalBody = this.journalView(decoded.value);
    const request: IncomingRequest = { method: raw.method, url: raw.url, headers: raw.headers, query, body: decoded.value, params: match.params, host: raw.host, path: raw.path };
    return this.#exclusive(async () => {
      const state = await this.#state;
      const record = (response: MockResponse, scenario?: Scenario): MockResponse => {
        if (scenario) info.scenario = formatScenario(scenario);
        if (epoch !== this.#epoch) return response;
        this.journal.push({ ...entry, at: this.clock.now(), endpoint: route.key, query: journalQuery, body: journalBody, scenario: info.scenario, status: response.status });
        return response;
      };

      // A Prefer header naming an unknown scenario is a loud error at once.
      const fromHeader = parsePrefer(raw.headers.get(PREFER_HEADER));
      let headerScenario: Scenario | undefined;
      if (fromHeader) {
        const checked = 'error' in fromHeader ? fromHeader : this.#checkScenario(route.key, fromHeader);
        if ('error' in checked) return record(this.#mockError(checked.error));
        headerScenario = checked;
      }

      // Auth, then validation, as the provider would. A request they reject uses up no scenario.
      const ctxBase = { key: route.key, endpoint: route.endpoint, state, clock: this.clock, random: this.random };
      let principal: unknown;
      if (this.definition.authenticate) {
        const auth = await this.definition.authenticate(request, ctxBase);
        if ('response' in auth) return record(auth.response);
        principal = auth.principal;
      }
      // Then the form: a strict mock refuses what the documents do not show (see strict.ts).
      if (!this.lenient) {
        const violations = formViolations(route.endpoint, { path: raw.path, headers: raw.headers, body: raw.body, query, decodedBody: decoded.value }, this.definition.authParams ?? [], this.definition.forms);
        if (violations.length > 0) return record(problemResponse(this.name, route.key, route.endpoint, violations));
      }
      const parsed = decoded.issues ? { issues: decoded.issues } : validateParts(route.endpoint, decoded.form ? { ...request, body: formArrays(route.endpoint.request?.body, request.body) } : request);
      if ('issues' in parsed) return record(this.definition.errors.validation(parsed.issues, { key: route.key }));

      // A queued scenario (the typed helper) wins over the header.
      const scenario = this.#takeQueued(route.key) ?? headerScenario;
      if (scenario) return record(this.#scenarioResponse(route.key, scenario), scenario);
      const ctx: ResolverContext<AnyEndpoint, State> = {
        ...ctxBase,
        input: parsed.input,
        request,
        principal,
        example: (name) => this.#exampleResponse(route.key, name),
      };
      const resolver = (this.definition.resolvers as Record<string, ((c: typeof ctx) => MockResponse | Promise<MockResponse>) | undefined> | undefined)?.[route.key];
      const response = resolver ? await resolver(ctx) : this.#defaultResponse(route.key);
      return record(response);
    });
  }

  /**
   * A mock's own error (not the provider's), such as an unknown scenario: a 400 in the provider's
   * error shape, so the SDK's error message carries the text (with the valid names), plus a
   * `mockError` field and the `x-mock-error` header that mark it as the mock's.
   */
  #mockError(message: string): MockResponse {
    const shaped = this.definition.errors.status(400, message);
    const body = shaped.body && typeof shaped.body === 'object' && !Array.isArray(shaped.body) ? { ...shaped.body, mockError: message } : { mockError: message };
    return { status: 400, body, headers: { ...shaped.headers, [MOCK_ERROR_HEADER]: message.replace(/[^\x20-\x7e]/g, '?') } };
  }

  /** Run `task` after every task queued before it has settled (the mock's serial queue). */
  async #exclusive<T>(task: () => Promise<T>): Promise<T> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      return await task();
    } finally {
      release();
    }
  }

  async #createState(): Promise<State> {
    this.#resolved = undefined;
    const state = await this.definition.createState({ clock: this.clock, random: this.random });
    this.#resolved = state;
    return state;
  }

  #takeQueued(key: string): Scenario | undefined {
    const index = this.#queue.findIndex((q) => q.key === key);
    if (index < 0) return undefined;
    const item = this.#queue[index] as QueuedScenario;
    if (--item.remaining <= 0) this.#queue.splice(index, 1);
    return item.scenario;
  }

  #checkScenario(key: string, scenario: Scenario): Scenario | { error: string } {
    if (!this.routes.some((r) => r.key === key)) {
      return { error: `${this.name} mock has no endpoint "${key}". Valid: ${this.routes.map((r) => r.key).join(', ')}` };
    }
    if (scenario.example !== undefined) {
      const names = this.examplesFor(key).map((e) => e.name);
      if (!names.includes(scenario.example)) {
        // A helper that makes several calls (waitForImport: report, then errors) carries one
        // Prefer header to each: say where the example does exist, so the 400 explains itself.
        const owners = this.routes.map((r) => r.key).filter((k) => k !== key && this.examplesFor(k).some((e) => e.name === scenario.example));
        const elsewhere = owners.length > 0 ? ` It is an example of ${owners.join(', ')}: a Prefer header reaches every call a helper makes, so send it only with the call it is meant for.` : '';
        return { error: `Unknown scenario example=${scenario.example} for ${this.name} ${key}. Valid: ${names.map((n) => `example=${n}`).join(', ')}, or code=<HTTP status>.${elsewhere}` };
      }
      return { example: scenario.example };
    }
    if (!Number.isInteger(scenario.code) || scenario.code < 100 || scenario.code > 599) {
      return { error: `Unknown scenario code=${String(scenario.code)}: give an HTTP status (100-599)` };
    }
    if (scenario.code < 400 && !this.examplesFor(key).some((e) => e.response.status === scenario.code)) {
      return { error: `${this.name} ${key} has no documented ${scenario.code} answer; code= takes an error status (≥ 400) or a documented one` };
    }
    return { code: scenario.code };
  }

  #scenarioResponse(key: string, scenario: Scenario): MockResponse {
    if (scenario.example !== undefined) return this.#exampleResponse(key, scenario.example);
    const documented = this.examplesFor(key).find((e) => e.response.status === scenario.code);
    if (documented) return { ...documented.response };
    return this.definition.errors.status(scenario.code, `Mock scenario code=${scenario.code}`);
  }

  #exampleResponse(key: string, name: string): MockResponse {
    const example = this.examplesFor(key).find((e) => e.name === name);
    if (!example) throw new Error(`${this.name} ${key} has no example "${name}"`);
    return { status: example.response.status, body: structuredClone(example.response.body), ...(example.response.headers ? { headers: example.response.headers } : {}) };
  }

  #defaultResponse(key: string): MockResponse {
    const success = this.examplesFor(key).find((e) => !e.error);
    if (!success) return this.definition.errors.status(501, `The ${this.name} mock has no behaviour for ${key}`);
    return this.#exampleResponse(key, success.name);
  }
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function withHeaders(response: MockResponse, headers: Record<string, string>): MockResponse {
  return { ...response, headers: { ...response.headers, ...headers } };
}

/** @internal Decode a request body by its content type (also used by the drift proxy). */
export async function decodeBody(raw: RawRequest): Promise<{ value: unknown; issues?: ValidationIssue[]; form?: boolean }> {
  const decoded = await decodeBodyParts(raw);
  if (!decoded.issues && nestsDeeperThan(decoded.value, MAX_BODY_DEPTH)) {
    // Kept out of validation and the journal: schemas and redaction recurse.
    return { value: undefined, issues: [{ path: '', message: `Body nests deeper than ${MAX_BODY_DEPTH} levels` }] };
  }
  return decoded;
}

async function decodeBodyParts(raw: RawRequest): Promise<{ value: unknown; issues?: ValidationIssue[]; form?: boolean }> {
  if (!raw.body || raw.body.byteLength === 0) return { value: undefined };
  const type = (raw.headers.get('content-type') ?? '').toLowerCase();
  if (type.includes('multipart/form-data')) {
    try {
      const form = await new Response(raw.body as unknown as BodyInit, { headers: { 'content-type': type } }).formData();
      return { ...decodePairs(form.entries(), 'Body'), form: true };
    } catch {
      return { value: undefined, issues: [{ path: '', message: 'Body is not valid multipart/form-data' }] };
    }
  }
  const text = new TextDecoder().decode(raw.body);
  if (type.includes('application/x-www-form-urlencoded')) return { ...decodePairs(new URLSearchParams(text).entries(), 'Body'), form: true };
  if (type.includes('json') || /^\s*[[{]/.test(text)) {
    if (jsonNestsDeeperThan(text, MAX_BODY_DEPTH)) return { value: undefined, issues: [{ path: '', message: `Body nests deeper than ${MAX_BODY_DEPTH} levels` }] };
    try {
      return { value: JSON.parse(text) };
    } catch {
      return { value: text, issues: [{ path: '', message: 'Body is not valid JSON' }] };
    }
  }
  return { value: text };
}

/** Bracketed names (`a[b][c]=`) decoded into objects, refusing names nested deeper than `MAX_BODY_DEPTH`. */
function decodePairs(entries: Iterable<readonly [string, unknown]>, part: 'Query' | 'Body'): { value: Record<string, unknown>; issues?: ValidationIssue[] } {
  const shallow: Array<readonly [string, unknown]> = [];
  let tooDeep = false;
  for (const pair of entries) {
    let depth = 0;
    for (let i = pair[0].indexOf('['); i >= 0 && depth <= MAX_BODY_DEPTH; i = pair[0].indexOf('[', i + 1)) depth++;
    if (depth > MAX_BODY_DEPTH) tooDeep = true;
    else shallow.push(pair);
  }
  // The shallow pairs still decode, so credentials in a query are checked as usual.
  const value = fromPairs(shallow);
  return tooDeep ? { value, issues: [{ path: '', message: `${part} nests deeper than ${MAX_BODY_DEPTH} levels` }] } : { value };
}

function headerObject(headers: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  headers.forEach((value, name) => {
    out[name] = value;
  });
  return out;
}

/** @internal Validate each request part against the endpoint's declared schemas (wire values). */
export function validateParts(endpoint: AnyEndpoint, request: IncomingRequest): { input: any } | { issues: ValidationIssue[] } {
  const parts = endpoint.request ?? {};
  const issues: ValidationIssue[] = [];
  const check = (schema: v.GenericSchema | undefined, value: unknown, prefix: string): unknown => {
    if (!schema) return value;
    const result = v.safeParse(schema, value);
    if (result.success) return result.output;
    issues.push(...toIssues(result.issues).map((i) => ({ ...i, path: prefix ? (i.path ? `${prefix}.${i.path}` : prefix) : i.path })));
    return undefined;
  };
  const input = {
    path: check(parts.path, request.params, ''),
    query: check(parts.query, onlyDeclared(parts.query, request.query), ''),
    headers: check(parts.headers, onlyDeclared(parts.headers, headerObject(request.headers)), ''),
    body: parts.body ? check(parts.body, request.body, endpoint.spreadBody ? '' : 'body') : undefined,
  };
  return issues.length > 0 ? { issues } : { input };
}

/**
 * A form field sent once arrives as one value (`statuses=active`), sent twice as a list: where the
 * body schema wants a list, a single value becomes a one-item list, so both encodings a document
 * allows are read the same way (O!Market my-ads with one status).
 */
export function formArrays(schema: v.GenericSchema | undefined, value: unknown): unknown {
  const entries = objectEntries(schema as never);
  if (!entries || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, entry] of Object.entries(entries)) {
    const x = out[key];
    if (x === undefined || Array.isArray(x) || (x !== null && typeof x === 'object')) continue;
    if (wantsArray(entry as v.GenericSchema)) out[key] = [x];
  }
  return out;
}

function wantsArray(schema: v.GenericSchema): boolean {
  let current = schema as unknown as { type: string; wrapped?: unknown; pipe?: unknown[] };
  for (let depth = 0; depth < 8; depth++) {
    if (current.type === 'array') return true;
    if (current.pipe && current.pipe[0] !== current) current = current.pipe[0] as typeof current;
    else if (current.wrapped) current = current.wrapped as typeof current;
    else return false;
  }
  return false;
}

/** Query strings carry credentials and extras the schema does not describe; validate only the declared keys. */
function onlyDeclared(schema: v.GenericSchema | undefined, value: Record<string, unknown>): Record<string, unknown> {
  const entries = objectEntries(schema as never);
  if (!entries) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k in entries));
}

function summarizeFiles(value: unknown): unknown {
  if (isBlob(value)) return { file: (value as File).name ?? 'blob', size: value.size, type: value.type };
  if (Array.isArray(value)) return value.map(summarizeFiles);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, summarizeFiles(x)]));
  return value;
}
