// The mock engine: a running provider mock's routing, scenarios, state, journal and clock behind one
// `handle()` that both transports (msw handlers and the node:http server) call. It imports no
// transport and no derived output; `ProviderMock` (provider-mock.ts) adds those on top.
import * as v from 'valibot';
import { Redactor, type AnyEndpoint, type OperationKey, type Registry, type ValidationIssue } from '@x/core/provider';
import { fromPairs, isBlob, objectEntries, toIssues } from '@x/core/internal';
import { createMockClock, type MockClock } from './clock';
import type { DocExample, DocHit, ExampleName, ExamplesFor, HandleInfo, IncomingRequest, MockOptions, MockResponse, PreferScenario, ProviderMockDefinition, QueuedScenario, RawRequest, ResolverContext } from './types';
import { Journal, type JournalEntry, type LazyJournalEntry } from './journal';
import { createMockRandom, type MockRandom } from './random';
import { DEFAULT_BODY_LIMIT, JOURNAL_STRING_LIMIT, journalSafe, jsonNestsDeeperThan, MAX_BODY_DEPTH, nestsDeeperThan } from './limits';
import { deriveRoutes, matchRoute, routeMatcher, type Route, type RouteMatch } from './router';
import { checkShape, FAULT_NAMES, formatScenario, MOCK_ERROR_HEADER, parsePrefer, PREFER_HEADER, seededRandom, type Scenario } from './scenarios';
import { serializeResponse } from './respond';
import { formViolations, problemResponse } from './strict';
import { queryPairs } from './query-text';
import { headerLines } from './header-text';

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
  /** Requests in the serial queue (running or waiting) that answer asynchronously. */
  #pending = 0;
  readonly #match: (host: string, method: string, path: string) => RouteMatch;
  #default: Scenario | undefined;
  readonly #faultSeed: number;
  #faultRandom: () => number;
  /** Sequence positions and credential use counts (expire-after), cleared by reset(). */
  #counters = new Map<string, number>();
  /** Requests held by `fault=no-answer`, released by reset(). */
  readonly #held = new Set<() => void>();

  constructor(definition: ProviderMockDefinition<R, State, X>, options: MockOptions = {}) {
    this.definition = definition;
    this.name = definition.provider.name;
    this.clock = options.clock ?? createMockClock();
    this.random = createMockRandom(options.seed);
    this.journal = new Journal(options.journalLimit);
    this.bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
    if (!(this.bodyLimit >= 0)) throw new RangeError(`bodyLimit must be a non-negative number of bytes, got ${String(options.bodyLimit)}`);
    this.routes = deriveRoutes(definition.provider);
    this.#match = routeMatcher(this.routes);
    this.baseURLs = Object.freeze({
      main: stripSlash(options.baseURL ?? definition.provider.baseURL),
      ...Object.fromEntries(Object.entries({ ...definition.provider.hosts, ...options.hosts }).map(([k, url]) => [k, stripSlash(url)])),
    });
    this.lenient = options.lenient ?? false;
    this.#redactor = new Redactor(definition.sensitiveNames);
    this.#state = this.#createState();
    this.#faultSeed = options.faultSeed ?? 1;
    this.#faultRandom = seededRandom(this.#faultSeed);
    if (options.fault !== undefined) this.setDefault(options.fault);
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
    this.#counters.clear();
    this.#faultRandom = seededRandom(this.#faultSeed);
    for (const release of [...this.#held]) release();
    this.clock.reset();
    this.random.reset();
    this.#state = this.#createState();
    await this.#state;
  }

  /**
   * Queue a scenario for the next `times` (default 1) requests to one endpoint; the typed twin of
   * the `Prefer` header. Each HTTP request uses up one: an SDK call that retries sends several, so
   * `{ times: 2 }` then lets the third attempt through, and `{ times: Infinity }` fails every
   * attempt until `reset()`. An array queues its scenarios in order (`[{ code: 503 }, { code:
   * 503 }]`: fail twice, then answer normally). Throws at once for an unknown endpoint, example
   * name or fault. A queued scenario wins over the `Prefer` header.
   */
  prefer<K extends OperationKey<R> & keyof X>(
    key: K,
    scenario: PreferScenario<ExampleName<X, K> & string> | readonly PreferScenario<ExampleName<X, K> & string>[],
    options: { times?: number } = {},
  ): void {
    const times = options.times ?? 1;
    if (!(times === Infinity || (Number.isInteger(times) && times >= 1))) throw new RangeError(`times must be a whole number ≥ 1 or Infinity, got ${times}`);
    const list = Array.isArray(scenario) ? scenario : [scenario];
    if (list.length > 1 && times === Infinity) throw new RangeError('times: Infinity takes one scenario; for a repeating pattern queue { sequence: [...] }');
    const checked = list.map((item) => {
      const result = this.#checkScenario(key, this.#toScenario(item as PreferScenario));
      if ('error' in result) throw new Error(result.error);
      return result;
    });
    if (list.length === 1) this.#queue.push({ key, scenario: checked[0] as Scenario, remaining: times });
    else for (let i = 0; i < times; i++) for (const item of checked) this.#queue.push({ key, scenario: item, remaining: 1 });
  }

  /** Queue a scenario by endpoint key without compile-time names (the admin route uses this). */
  queue(key: string, scenario: PreferScenario | readonly PreferScenario[], options: { times?: number } = {}): void {
    (this.prefer as (k: string, s: unknown, o: { times?: number }) => void)(key, scenario, options);
  }

  /** Scenarios waiting, oldest first. */
  get queued(): readonly QueuedScenario[] {
    return this.#queue.map((q) => ({ ...q }));
  }

  /** Drop every queued scenario (the default one stays). */
  clearQueue(): void {
    this.#queue = [];
  }

  /**
   * A scenario for every request without a queued one or a `Prefer` header (`undefined` removes
   * it); `reset()` keeps it. Example names are per endpoint, so a default takes none.
   */
  setDefault(scenario: PreferScenario | undefined): void {
    if (scenario === undefined) {
      this.#default = undefined;
      return;
    }
    const parsed = this.#toScenario(scenario);
    const hasExample = parsed.example !== undefined || parsed.sequence?.some((s) => s.example !== undefined);
    if (hasExample) throw new Error(`${this.name} mock: a default scenario cannot name an example (examples belong to one endpoint)`);
    const checked = this.#checkScenario(undefined, parsed);
    if ('error' in checked) throw new Error(checked.error);
    this.#default = checked;
  }

  /** The default scenario, if any. */
  get defaultScenario(): Scenario | undefined {
    return this.#default;
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

  /** Builds a pending journal entry on first read: redaction and summaries happen here. */
  readonly #buildEntry = (p: PendingEntry): JournalEntry => ({
    provider: this.name,
    host: p.host,
    method: p.method,
    path: p.path,
    headers: this.#journalHeaders(p.headers),
    at: p.at,
    endpoint: p.endpoint,
    query: this.#redactor.value(journalSafe(p.query)) as Record<string, unknown>,
    body: p.body === undefined ? undefined : this.journalView(p.body),
    scenario: p.scenario,
    status: p.status,
  });

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
  handle(incoming: RawRequest, info: HandleInfo = {}): Promise<MockResponse> {
    try {
      return Promise.resolve(this.answer(incoming, info));
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * `handle` for transports that can take an answer at once: when nothing in a request needs
   * waiting for (no body to decode, state ready, no request ahead in the queue, a synchronous
   * resolver and no scenario), the answer comes back synchronously, without a promise or a
   * microtask per step. Otherwise it is a promise, exactly as `handle` gives.
   *
   * @internal Used by the node:http transport; may change without notice.
   */
  answer(incoming: RawRequest, info: HandleInfo = {}): MockResponse | Promise<MockResponse> {
    const epoch = this.#epoch;
    const raw = this.definition.rewrite ? withUrl(this.definition.rewrite(incoming, (kind, detail) => this.docHits.push({ kind, path: incoming.path, detail, at: this.clock.now() })), incoming) : incoming;
    const match = this.#match(raw.host, raw.method, raw.path);
    const decodedQuery = decodeQuery(raw.queryText !== undefined ? queryPairs(raw.queryText) : raw.url.searchParams);
    const query = decodedQuery.value;
    // Journal entries keep references and are redacted when first read, not on the request's
    // path (see Journal); an entry holds only what its build needs, not the whole request.
    const entry = (endpoint: string | undefined, body: unknown, status: number, scenario: string | undefined): LazyJournalEntry =>
      new PendingEntry(this.#buildEntry, raw, this.clock.now(), endpoint, query, body, scenario, status);
    if (match.kind !== 'route') {
      const response =
        match.kind === 'not-found'
          ? (this.definition.unrouted?.({ host: raw.host, method: raw.method, path: raw.path }) ?? this.definition.errors.status(404, `Unknown operation ${raw.method} ${raw.path}`))
          : withHeaders(this.definition.errors.status(405, `Method ${raw.method} not allowed; use ${match.allowed.join(', ')}`), { allow: match.allowed.join(', ') });
      if (epoch === this.#epoch) this.journal.push(entry(undefined, undefined, response.status, undefined));
      return response;
    }
    info.endpoint = match.route.key;
    const routed: Routed = { epoch, raw, route: match.route, params: match.params, query, queryIssues: decodedQuery.issues, entry };
    // No body: nothing to decode and no await (most requests are GETs).
    if (raw.body && raw.body.byteLength > 0) return decodeBody(raw).then((decoded) => this.#queued(routed, decoded, info));
    return this.#queued(routed, { value: undefined }, info);
  }

  /** A routed request through the serial queue, then its delay scenario (outside the queue). */
  #queued(routed: Routed, decoded: { value: unknown; issues?: ValidationIssue[]; form?: boolean }, info: HandleInfo): MockResponse | Promise<MockResponse> {
    // A delay scenario waits after the queue, so one slow answer does not hold up the others.
    let delayMs = 0;
    const answered = this.#serial(() => after(this.#resolved ?? this.#state, (state) => this.#answerInQueue(routed, decoded, info, state, (ms) => (delayMs = ms))));
    return after(answered, (response) => (delayMs > 0 ? new Promise<MockResponse>((resolve) => setTimeout(() => resolve(response), delayMs)) : response));
  }

  /** Auth, form, validation, scenario and resolver for one routed request, inside the queue. */
  #answerInQueue(routed: Routed, decoded: { value: unknown; issues?: ValidationIssue[]; form?: boolean }, info: HandleInfo, state: State, delay: (ms: number) => void): MockResponse | Promise<MockResponse> {
    const { epoch, raw, route, query, entry } = routed;
    const issues = decoded.issues ?? routed.queryIssues;
    const request = new EngineRequest(raw, query, decoded.value, routed.params);
    const record = (response: MockResponse, scenario?: Scenario[]): MockResponse => {
      if (scenario) info.scenario = scenario.map((x) => formatScenario(x)).join(' / ');
      if (epoch !== this.#epoch) return response;
      this.journal.push(entry(route.key, decoded.value, response.status, info.scenario));
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
    const authenticated = this.definition.authenticate ? this.definition.authenticate(request, ctxBase) : undefined;
    return after(authenticated, (auth) => {
      let principal: unknown;
      if (auth) {
        if ('response' in auth) return record(auth.response);
        principal = auth.principal;
      }
      // Then the form: a strict mock refuses what the documents do not show (see strict.ts).
      if (!this.lenient) {
        const violations = formViolations(route.endpoint, { path: raw.path, headers: raw.headers, body: raw.body, query, decodedBody: decoded.value }, this.definition.authParams ?? NO_NAMES, this.definition.forms);
        if (violations.length > 0) return record(problemResponse(this.name, route.key, route.endpoint, violations));
      }
      const parsed = issues ? { issues } : validateParts(route.endpoint, decoded.form ? new EngineRequest(raw, query, formArrays(route.endpoint.request?.body, request.body), routed.params) : request);
      if ('issues' in parsed) return record(this.definition.errors.validation(parsed.issues, { key: route.key }));

      // Listed out rather than spread from ctxBase: a spread into a literal is a slow clone here.
      const ctx: ResolverContext<AnyEndpoint, State> = {
        key: ctxBase.key,
        endpoint: ctxBase.endpoint,
        state: ctxBase.state,
        clock: ctxBase.clock,
        random: ctxBase.random,
        input: parsed.input,
        request,
        principal,
        example: (name) => this.#exampleResponse(route.key, name),
      };
      const resolver = (this.definition.resolvers as Record<string, ((c: typeof ctx) => MockResponse | Promise<MockResponse>) | undefined> | undefined)?.[route.key];
      const normal = (): MockResponse | Promise<MockResponse> => (resolver ? resolver(ctx) : this.#defaultResponse(route.key));

      // A queued scenario (the typed helper) wins over the header, the header over the default.
      const scenario = this.#takeQueued(route.key) ?? headerScenario ?? this.#default;
      if (!scenario) return after(normal(), (response) => record(response));
      const applied: Scenario[] = [];
      return this.#apply(route.key, scenario, raw, async () => normal(), applied, delay).then((response) => record(response, applied.length > 0 ? applied : undefined));
    });
  }

  /** What a scenario means for one request. `applied` collects the step that took effect. */
  async #apply(key: string, s: Scenario, raw: RawRequest, normal: () => Promise<MockResponse>, applied: Scenario[], delay: (ms: number) => void): Promise<MockResponse> {
    if (s.sequence) {
      const id = `sequence ${key} ${formatScenario(s)}`;
      const n = this.#counters.get(id) ?? 0;
      this.#counters.set(id, n + 1);
      return this.#apply(key, s.sequence[n % s.sequence.length] as Scenario, raw, normal, applied, delay);
    }
    if (s.expireAfter !== undefined) {
      const id = `expire ${credentialOf(raw, this.#redactor)}`;
      const n = (this.#counters.get(id) ?? 0) + 1;
      this.#counters.set(id, n);
      if (n <= s.expireAfter) return normal();
      applied.push(s);
      const documented = this.examplesFor(key).find((e) => e.error?.kind === 'auth');
      return documented ? this.#exampleResponse(key, documented.name) : this.definition.errors.status(401, `Credential expired after ${s.expireAfter} calls (mock scenario)`);
    }
    if (s.chance !== undefined && !(this.#faultRandom() < s.chance)) return normal();
    applied.push(s);
    if (s.delay !== undefined) {
      delay(typeof s.delay === 'number' ? s.delay : s.delay[0] + Math.floor(this.#faultRandom() * (s.delay[1] - s.delay[0] + 1)));
    }
    if (s.example !== undefined) return this.#exampleResponse(key, s.example);
    if (s.code !== undefined) return this.#retryAfter(s, this.#scenarioResponse(key, s.code));
    switch (s.fault) {
      case undefined:
        return normal();
      case 'reset':
      case 'empty':
        return { status: 0, wire: { kind: s.fault } };
      case 'no-answer':
        return { status: 0, wire: { kind: 'no-answer' } };
      case 'html-502':
        return this.#retryAfter(s, { status: 502, body: HTML_502, headers: { 'content-type': 'text/html; charset=utf-8', server: 'nginx' } });
      case 'truncated':
        return { ...(await normal()), wire: { kind: 'truncated' } };
      case 'slow-body':
        return { ...(await normal()), wire: { kind: 'slow-body', chunks: s.chunks ?? 4, interval: s.interval ?? 100 } };
      case 'invalid-json': {
        const answer = await normal();
        const text = serializeResponse({ ...answer, status: 200 }).body ?? '{}';
        // Half of the real answer, delivered completely: a 200 whose JSON ends mid-value.
        return { status: 200, body: text.slice(0, Math.max(1, Math.floor(text.length / 2))), headers: { ...answer.headers, 'content-type': 'application/json; charset=utf-8' } };
      }
      case 'wrong-content-type': {
        const answer = await normal();
        return { ...answer, headers: { ...answer.headers, 'content-type': 'text/html; charset=utf-8' } };
      }
    }
  }

  /**
   * Called by a transport for `fault=no-answer`: resolves when the mock resets (the transport also
   * gives up when the client goes away or the server closes).
   */
  hold(): { released: Promise<void>; cancel(): void } {
    let release!: () => void;
    const released = new Promise<void>((resolve) => {
      release = () => {
        this.#held.delete(release);
        resolve();
      };
    });
    this.#held.add(release);
    return { released, cancel: release };
  }

  #retryAfter(s: Scenario, response: MockResponse): MockResponse {
    if (s.retryAfter !== undefined) return withHeaders(response, { 'retry-after': String(s.retryAfter) });
    if (s.retryAfterDate !== undefined) {
      // HTTP dates have whole seconds: round up so the client never waits less than asked.
      const at = Math.ceil((this.clock.now() + s.retryAfterDate * 1000) / 1000) * 1000;
      return withHeaders(response, { 'retry-after': new Date(at).toUTCString() });
    }
    return response;
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

  /**
   * Run `task` after every task queued before it has settled (the mock's serial queue). With
   * nothing queued, `task` runs at once, and a synchronous answer comes back synchronously (it
   * cannot interleave with anything); an asynchronous one holds the queue until it settles.
   */
  #serial<T>(task: () => T | Promise<T>): T | Promise<T> {
    if (this.#pending === 0) {
      const result = task();
      return isPromiseLike(result) ? this.#hold(Promise.resolve(result)) : result;
    }
    return this.#hold(this.#tail.then(task));
  }

  /** Keep the queue busy until `running` settles. */
  #hold<T>(running: Promise<T>): Promise<T> {
    this.#pending++;
    const release = (): void => {
      this.#pending--;
    };
    this.#tail = running.then(release, release);
    return running;
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

  #toScenario(input: PreferScenario): Scenario {
    if (typeof input === 'string') {
      const parsed = parsePrefer(input);
      if (!parsed) throw new Error(`"${input}" names no scenario. Write it as a Prefer header: example=<name>, code=<status>, fault=<${FAULTS_TEXT}>, delay=<ms>, sequence="...", expire-after=<n>`);
      if ('error' in parsed) throw new Error(parsed.error);
      return parsed;
    }
    const problem = checkShape(input as Scenario);
    if (problem) throw new Error(problem);
    if (input.fault !== undefined && !(FAULT_NAMES as readonly string[]).includes(input.fault)) throw new Error(`Unknown fault "${String(input.fault)}". Valid: ${FAULTS_TEXT}`);
    return input as Scenario;
  }

  /** Check a scenario against one endpoint (or, for `undefined`, any endpoint). */
  #checkScenario(key: string | undefined, scenario: Scenario): Scenario | { error: string } {
    if (key !== undefined && !this.routes.some((r) => r.key === key)) {
      return { error: `${this.name} mock has no endpoint "${key}". Valid: ${this.routes.map((r) => r.key).join(', ')}` };
    }
    for (const step of scenario.sequence ?? [scenario]) {
      if (step.example !== undefined && key !== undefined) {
        const names = this.examplesFor(key).map((e) => e.name);
        if (!names.includes(step.example)) {
          // A helper that makes several calls (waitForImport: report, then errors) carries one
          // Prefer header to each: say where the example does exist, so the 400 explains itself.
          const owners = this.routes.map((r) => r.key).filter((k) => k !== key && this.examplesFor(k).some((e) => e.name === step.example));
          const elsewhere = owners.length > 0 ? ` It is an example of ${owners.join(', ')}: a Prefer header reaches every call a helper makes, so send it only with the call it is meant for.` : '';
          return { error: `Unknown scenario example=${step.example} for ${this.name} ${key}. Valid: ${names.map((n) => `example=${n}`).join(', ')}, or code=<HTTP status>, or fault=<${FAULTS_TEXT}>.${elsewhere}` };
        }
      }
      if (step.code !== undefined) {
        if (!Number.isInteger(step.code) || step.code < 100 || step.code > 599) {
          return { error: `Unknown scenario code=${String(step.code)}: give an HTTP status (100-599)` };
        }
        if (step.code < 400 && (key === undefined || !this.examplesFor(key).some((e) => e.response.status === step.code))) {
          return { error: `${this.name} ${key ?? '(default)'} has no documented ${step.code} answer; code= takes an error status (≥ 400) or a documented one` };
        }
      }
    }
    return scenario;
  }

  #scenarioResponse(key: string, code: number): MockResponse {
    const documented = this.examplesFor(key).find((e) => e.response.status === code);
    if (documented) return { ...documented.response, body: structuredClone(documented.response.body) };
    return this.definition.errors.status(code, `Mock scenario code=${code}`);
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

const FAULTS_TEXT = FAULT_NAMES.join('|');

const NO_NAMES: readonly string[] = Object.freeze([]);

const HTML_502 = '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

/** What identifies a caller's credential: the values of sensitive headers and query parameters. */
function credentialOf(raw: RawRequest, redactor: Redactor): string {
  const parts: string[] = [];
  raw.headers.forEach((value, name) => {
    if (name === 'authorization' || redactor.isSensitiveName(name)) parts.push(`${name}=${value}`);
  });
  for (const [name, value] of raw.url.searchParams) if (redactor.isSensitiveName(name)) parts.push(`${name}=${value}`);
  return parts.sort().join('&');
}

/**
 * A rewritten request keeps the URL of the one it came from when the rewrite dropped it (a
 * spread copy of the node:http transport's request, whose `url` is a getter, has none).
 */
function withUrl(raw: RawRequest, incoming: RawRequest): RawRequest {
  if (raw === incoming || (raw as Partial<RawRequest>).url !== undefined) return raw;
  Object.defineProperty(raw, 'url', { enumerable: true, configurable: true, get: () => incoming.url });
  return raw;
}

/** What a resolver sees of a request: the URL as the raw request gives it, built only if read. */
class EngineRequest implements IncomingRequest {
  readonly method: string;
  readonly headers: Headers;
  readonly host: string;
  readonly path: string;
  readonly #raw: RawRequest;
  constructor(
    raw: RawRequest,
    readonly query: Record<string, unknown>,
    readonly body: unknown,
    readonly params: Record<string, string>,
  ) {
    this.#raw = raw;
    this.method = raw.method;
    this.headers = raw.headers;
    this.host = raw.host;
    this.path = raw.path;
  }

  get url(): URL {
    return this.#raw.url;
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

/** The query as resolvers see it (`decodePairs`), with a fast path for flat names. */
function decodeQuery(params: Iterable<[string, string]>): { value: Record<string, unknown>; issues?: ValidationIssue[] } {
  const out: Record<string, unknown> = {};
  for (const [name, value] of params) {
    // Brackets and index-like names take the general path.
    if (name.includes('[') || name === '__proto__' || /^\d+$/.test(name)) return decodePairs(params, 'Query');
    const prev = out[name];
    if (prev === undefined) out[name] = value;
    else if (Array.isArray(prev)) prev.push(value);
    else out[name] = [prev, value];
  }
  return { value: out };
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
    headers: parts.headers ? check(parts.headers, onlyDeclared(parts.headers, headerObject(request.headers)), '') : {},
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
  const out: Record<string, unknown> = {};
  for (const k in entries) if (Object.hasOwn(value, k)) out[k] = value[k];
  return out;
}

function summarizeFiles(value: unknown): unknown {
  if (isBlob(value)) return { file: (value as File).name ?? 'blob', size: value.size, type: value.type };
  if (Array.isArray(value)) return value.map(summarizeFiles);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, summarizeFiles(x)]));
  return value;
}

/**
 * A journal entry as references (the request's headers, decoded query and body), built into a
 * redacted `JournalEntry` on first read. It keeps no other part of the request (URL, body bytes).
 */
class PendingEntry implements LazyJournalEntry {
  readonly host: string;
  readonly method: string;
  readonly path: string;
  /**
   * The request headers: node's raw name/value list or the fast lane's header lines when the
   * transport still has them (far less to keep for 10,000 entries than a `Headers`), else the
   * `Headers`.
   */
  readonly headerSource: Headers | readonly string[] | string;
  /** The decoded query, or the query text it was decoded from (decoded again on first read). */
  readonly querySource: Record<string, unknown> | string;
  constructor(
    readonly builder: (entry: PendingEntry) => JournalEntry,
    raw: RawRequest,
    readonly at: number,
    readonly endpoint: string | undefined,
    query: Record<string, unknown>,
    readonly body: unknown,
    readonly scenario: string | undefined,
    readonly status: number,
  ) {
    this.host = raw.host;
    this.method = raw.method;
    this.path = raw.path;
    this.headerSource = (raw.headers as { source?: () => readonly string[] | string | undefined }).source?.() ?? raw.headers;
    this.querySource = raw.queryText ?? query;
  }

  get headers(): Headers {
    const source = typeof this.headerSource === 'string' ? headerLines(this.headerSource) : this.headerSource;
    if (!Array.isArray(source)) return source as Headers;
    const headers = new Headers();
    for (let i = 0; i + 1 < source.length; i += 2) headers.append(source[i] as string, source[i + 1] as string);
    return headers;
  }

  get query(): Record<string, unknown> {
    const source = this.querySource;
    return typeof source === 'string' ? decodeQuery(queryPairs(source)).value : source;
  }

  build(): JournalEntry {
    return this.builder(this);
  }
}

/** A request matched to a route, before its body is decoded and it joins the queue. */
interface Routed {
  epoch: number;
  raw: RawRequest;
  route: Route;
  params: Record<string, string>;
  query: Record<string, unknown>;
  queryIssues: ValidationIssue[] | undefined;
  entry: (endpoint: string | undefined, body: unknown, status: number, scenario: string | undefined) => LazyJournalEntry;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

/** `next(value)` now for a plain value, or once a promise fulfils. */
function after<T, U>(value: T | PromiseLike<T>, next: (value: T) => U | Promise<U>): U | Promise<U> {
  return isPromiseLike(value) ? Promise.resolve(value).then(next) : next(value as T);
}
