// A running provider mock: state, journal, clock and scenarios behind one `handle()` that both
// transports (msw handlers and the node:http server) call.
import * as v from 'valibot';
import { fromPairs, isBlob, objectEntries, Redactor, toIssues, type AnyEndpoint, type OperationKey, type Registry, type ValidationIssue } from '@x/core';
import { createMockClock, type MockClock } from './clock';
import type { DocExample, DocHit, ExampleName, ExamplesFor, IncomingRequest, MockResponse, ProviderMockDefinition, ResolverContext } from './define-mock';
import { Journal } from './journal';
import { toMswHandlers } from './msw';
import { toOpenAPI } from './openapi';
import type { RequestHandler } from 'msw';
import { deriveRoutes, matchRoute, type Route } from './router';
import { formatScenario, MOCK_ERROR_HEADER, parsePrefer, PREFER_HEADER, type Scenario } from './scenarios';

/** Options of a mock instance. */
export interface MockOptions {
  /** Base URL the msw handlers answer for (default: the provider's real base URL). */
  baseURL?: string;
  /** Base URLs of the provider's other hosts for the msw handlers (default: the real ones). */
  hosts?: Record<string, string>;
  /** The clock (default: real time that tests can `advance`). */
  clock?: MockClock;
  /** How many journal entries to keep (default 10 000, newest kept). */
  journalLimit?: number;
}

/** A request as a transport hands it over: raw bytes, named host, path relative to the host base. */
export interface RawRequest {
  method: string;
  url: URL;
  headers: Headers;
  body: Uint8Array | undefined;
  host: string;
  path: string;
}

interface QueuedScenario {
  key: string;
  scenario: Scenario;
  remaining: number;
}

/** A provider mock instance. Create one per test file (or per server) and `reset()` between tests. */
export class ProviderMock<R extends Registry = Registry, State = unknown, X extends ExamplesFor<R> = ExamplesFor<R>> {
  /** Provider name (`b2motor`). */
  readonly name: string;
  readonly definition: ProviderMockDefinition<R, State, X>;
  readonly clock: MockClock;
  readonly journal: Journal;
  /** Base URLs the msw handlers answer for, by host name (`main` is the provider's main host). */
  readonly baseURLs: Readonly<Record<string, string>>;
  /** Routes derived from the provider's endpoint definitions. */
  readonly routes: readonly Route[];
  /** Requests served despite a doc inconsistency (see the definition's `rewrite`), oldest first. */
  readonly docHits: DocHit[] = [];
  readonly #redactor: Redactor;
  #state: Promise<State>;
  #resolved: State | undefined;
  #queue: QueuedScenario[] = [];
  #epoch = 0;
  #handlers: RequestHandler[] | undefined;

  constructor(definition: ProviderMockDefinition<R, State, X>, options: MockOptions = {}) {
    this.definition = definition;
    this.name = definition.provider.name;
    this.clock = options.clock ?? createMockClock();
    this.journal = new Journal(options.journalLimit);
    this.routes = deriveRoutes(definition.provider);
    this.baseURLs = Object.freeze({
      main: stripSlash(options.baseURL ?? definition.provider.baseURL),
      ...Object.fromEntries(Object.entries({ ...definition.provider.hosts, ...options.hosts }).map(([k, url]) => [k, stripSlash(url)])),
    });
    this.#redactor = new Redactor(definition.sensitiveNames);
    this.#state = this.#createState();
  }

  /**
   * msw handlers for `setupServer(...mock.handlers)`: one per host, answering every path under
   * `baseURLs`. Requests elsewhere fall through to your other handlers.
   */
  get handlers(): RequestHandler[] {
    this.#handlers ??= toMswHandlers(this);
    return this.#handlers;
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
    return summarizeFiles(this.#redactor.value(value));
  }

  /** An OpenAPI 3.1 document of this provider, with its examples and this mock's base URLs. */
  openapi(servers: Readonly<Record<string, string>> = this.baseURLs): Record<string, unknown> {
    return toOpenAPI(this.definition.provider, { examples: this.definition.examples as never, servers });
  }

  /** The documented examples of one endpoint. */
  examplesFor(key: string): readonly DocExample<AnyEndpoint>[] {
    return (this.definition.examples as Record<string, readonly DocExample<AnyEndpoint>[]>)[key] ?? [];
  }

  /** Handle one request. Both transports call this. */
  async handle(incoming: RawRequest): Promise<MockResponse> {
    const epoch = this.#epoch;
    const raw = this.definition.rewrite
      ? this.definition.rewrite(incoming, (kind, detail) => this.docHits.push({ kind, path: incoming.path, detail, at: this.clock.now() }))
      : incoming;
    const state = await this.#state;
    const match = matchRoute(this.routes, raw.host, raw.method, raw.path);
    const entry = { provider: this.name, host: raw.host, method: raw.method, path: raw.path, headers: this.#redactor.headers(raw.headers), at: this.clock.now() };
    const query = fromPairs(raw.url.searchParams.entries());
    if (match.kind !== 'route') {
      const response =
        match.kind === 'not-found'
          ? (this.definition.unrouted?.({ host: raw.host, method: raw.method, path: raw.path }) ?? this.definition.errors.status(404, `Unknown operation ${raw.method} ${raw.path}`))
          : withHeaders(this.definition.errors.status(405, `Method ${raw.method} not allowed; use ${match.allowed.join(', ')}`), { allow: match.allowed.join(', ') });
      if (epoch === this.#epoch) this.journal.push({ ...entry, endpoint: undefined, query: this.#redactor.value(query), body: undefined, scenario: undefined, status: response.status });
      return response;
    }
    const { route } = match;
    const decoded = await decodeBody(raw);
    const request: IncomingRequest = { method: raw.method, url: raw.url, headers: raw.headers, query, body: decoded.value, params: match.params, host: raw.host, path: raw.path };
    const record = (response: MockResponse, scenario?: Scenario): MockResponse => {
      if (epoch !== this.#epoch) return response;
      this.journal.push({
        ...entry,
        endpoint: route.key,
        query: this.#redactor.value(query),
        body: this.journalView(decoded.value),
        scenario: scenario ? formatScenario(scenario) : undefined,
        status: response.status,
      });
      return response;
    };

    // A Prefer header naming an unknown scenario is a loud error at once.
    const fromHeader = parsePrefer(raw.headers.get(PREFER_HEADER));
    let headerScenario: Scenario | undefined;
    if (fromHeader) {
      const checked = 'error' in fromHeader ? fromHeader : this.#checkScenario(route.key, fromHeader);
      if ('error' in checked) return record(mockError(checked.error));
      headerScenario = checked;
    }

    // Auth, then validation, as the provider would. A request they reject uses up no scenario.
    const ctxBase = { key: route.key, endpoint: route.endpoint, state, clock: this.clock };
    let principal: unknown;
    if (this.definition.authenticate) {
      const auth = await this.definition.authenticate(request, ctxBase);
      if ('response' in auth) return record(auth.response);
      principal = auth.principal;
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
  }

  async #createState(): Promise<State> {
    this.#resolved = undefined;
    const state = await this.definition.createState({ clock: this.clock });
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

/** Create a mock instance from a provider mock definition. */
export function createMock<R extends Registry, State, X extends ExamplesFor<R>>(definition: ProviderMockDefinition<R, State, X>, options?: MockOptions): ProviderMock<R, State, X> {
  return new ProviderMock(definition, options);
}

function stripSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

function withHeaders(response: MockResponse, headers: Record<string, string>): MockResponse {
  return { ...response, headers: { ...response.headers, ...headers } };
}

/** A mock's own error (not the provider's): loud, marked with a header, listing what is valid. */
function mockError(message: string): MockResponse {
  return { status: 400, body: { mockError: message }, headers: { [MOCK_ERROR_HEADER]: message.replace(/[^\x20-\x7e]/g, '?') } };
}

/** @internal Decode a request body by its content type (also used by the drift proxy). */
export async function decodeBody(raw: RawRequest): Promise<{ value: unknown; issues?: ValidationIssue[]; form?: boolean }> {
  if (!raw.body || raw.body.byteLength === 0) return { value: undefined };
  const type = (raw.headers.get('content-type') ?? '').toLowerCase();
  if (type.includes('multipart/form-data')) {
    try {
      const form = await new Response(raw.body as unknown as BodyInit, { headers: { 'content-type': type } }).formData();
      return { value: fromPairs(form.entries()), form: true };
    } catch {
      return { value: undefined, issues: [{ path: '', message: 'Body is not valid multipart/form-data' }] };
    }
  }
  const text = new TextDecoder().decode(raw.body);
  if (type.includes('application/x-www-form-urlencoded')) return { value: fromPairs(new URLSearchParams(text).entries()), form: true };
  if (type.includes('json') || /^\s*[[{]/.test(text)) {
    try {
      return { value: JSON.parse(text) };
    } catch {
      return { value: text, issues: [{ path: '', message: 'Body is not valid JSON' }] };
    }
  }
  return { value: text };
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
