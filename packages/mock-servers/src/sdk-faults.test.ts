// The SDKs' fault matrix, driven through the mock's own faults: every provider's SDK against a safe
// and an unsafe endpoint, over node:http and in-process (msw). Safe calls retry and recover; when
// the fault persists they end in the typed error after 1 + maxRetries attempts; unsafe calls are
// never replayed (exactly one request reaches the mock).
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPath, isSdkError, type AnyEndpoint, type SdkError } from '@x/core/provider';
import './msw';
import { inputFromExample } from './contract';
import type { ProviderMock } from './provider-mock';
import { mockProviders, type MockProviderEntry } from './providers/index';
import { createMockServer, type MockServer } from './server';

type AnyMethod = (input?: unknown, options?: Record<string, unknown>) => Promise<unknown>;

/** Fast retries: the matrix checks what is retried, not how long the SDK waits. */
const RETRY = { maxRetries: 2, baseDelayMs: 1, maxDelayMs: 4 };
const ATTEMPTS = 1 + RETRY.maxRetries;

interface Subject {
  name: string;
  mock: ProviderMock<any, any, any>;
  client: unknown;
}

interface Pick {
  key: string;
  endpoint: AnyEndpoint;
  input: Record<string, unknown>;
  example: string;
}

/** The first operation of the wanted safety with a documented success (its answer after the faults). */
function pick(mock: ProviderMock<any, any, any>, safe: boolean): Pick | undefined {
  for (const { key, endpoint } of mock.definition.provider.operations) {
    if (Boolean(endpoint.safe) !== safe) continue;
    const example = mock.examplesFor(key).find((e) => !e.error && e.request);
    if (example) return { key, endpoint, input: inputFromExample(endpoint, example, mock.definition.authParams ?? []), example: example.name };
  }
  return undefined;
}

/**
 * Requests to an endpoint from the first one the fault answered on: retries and replays. (An SDK
 * whose token the reset invalidated first gets a 401 and logs in again; that attempt is not a
 * retry of the fault and is left out.)
 */
function sinceFault(mock: ProviderMock<any, any, any>, key: string): number {
  const entries = mock.journal.for(key);
  const first = entries.findIndex((e) => e.scenario !== undefined);
  return first < 0 ? 0 : entries.length - first;
}

async function call(subject: Subject, target: Pick, options: Record<string, unknown> = {}): Promise<{ result?: unknown; error?: SdkError }> {
  const method = getPath(subject.client, target.key) as AnyMethod;
  try {
    return { result: await method(target.input, { retry: RETRY, headers: { prefer: `example=${target.example}` }, ...options }) };
  } catch (error) {
    if (!isSdkError(error)) throw error;
    return { error: error as SdkError };
  }
}

/** A fault once, then the documented answer: the SDK retries a safe call and succeeds. */
const RECOVERABLE: Array<{ prefer: string; options?: Record<string, unknown> }> = [
  { prefer: 'fault=reset' },
  { prefer: 'fault=empty' },
  { prefer: 'fault=truncated' },
  { prefer: 'fault=html-502' },
  { prefer: 'code=503' },
  { prefer: 'code=429, retry-after=0' },
  // Long enough that the documented answer after the silent attempt is never cut short on a busy machine.
  { prefer: 'fault=no-answer', options: { timeout: 1_000 } },
];

/** A fault on every attempt: the typed error a caller sees. */
const PERSISTENT: Array<{ prefer: string; kind: string; status?: number; attempts: number; options?: Record<string, unknown> }> = [
  { prefer: 'fault=reset', kind: 'network', attempts: ATTEMPTS },
  { prefer: 'fault=truncated', kind: 'network', attempts: ATTEMPTS },
  { prefer: 'fault=html-502', kind: 'api', status: 502, attempts: ATTEMPTS },
  { prefer: 'code=429, retry-after=0', kind: 'rate_limit', status: 429, attempts: ATTEMPTS },
  { prefer: 'fault=no-answer', kind: 'timeout', attempts: ATTEMPTS, options: { timeout: 200 } },
  // A 200 that is not JSON is not retried: the server answered, the answer is wrong.
  { prefer: 'fault=invalid-json', kind: 'response_validation', attempts: 1 },
];

/** Faults after which an unsafe call may have been carried out: never replayed. */
const UNSAFE: Array<{ prefer: string; options?: Record<string, unknown> }> = [
  { prefer: 'fault=reset' },
  { prefer: 'fault=empty' },
  { prefer: 'fault=truncated' },
  { prefer: 'fault=html-502' },
  { prefer: 'code=503' },
  { prefer: 'fault=no-answer', options: { timeout: 200 } },
];

function matrix(transport: string, subjects: () => Subject[]): void {
  for (const name of Object.keys(mockProviders)) {
    describe(`${name} SDK over ${transport}`, () => {
      const subject = (): Subject => subjects().find((s) => s.name === name)!;

      for (const { prefer, options } of RECOVERABLE) {
        it(`safe call recovers from one "${prefer}" with one retry`, async () => {
          const { mock } = subject();
          const target = pick(mock, true)!;
          await mock.reset();
          mock.queue(target.key, prefer);
          const outcome = await call(subject(), target, options);
          expect(outcome.error, outcome.error?.message).toBeUndefined();
          expect(sinceFault(mock, target.key)).toBe(2);
        });
      }

      for (const { prefer, kind, status, attempts, options } of PERSISTENT) {
        it(`safe call ends in a typed ${kind} error when "${prefer}" persists (${attempts} attempt(s))`, async () => {
          const { mock } = subject();
          const target = pick(mock, true)!;
          await mock.reset();
          mock.queue(target.key, prefer, { times: Infinity });
          const outcome = await call(subject(), target, options);
          expect(outcome.error?.kind, outcome.error?.message ?? 'no error').toBe(kind);
          if (status !== undefined) expect(outcome.error).toMatchObject({ status });
          if (kind === 'rate_limit') expect(outcome.error).toMatchObject({ retryAfterMs: 0 });
          expect(sinceFault(mock, target.key)).toBe(attempts);
        });
      }

      for (const { prefer, options } of UNSAFE) {
        it(`unsafe call is not replayed after "${prefer}"`, async () => {
          const { mock } = subject();
          const target = pick(mock, false);
          if (!target) return expect(pick(mock, true)).toBeDefined(); // every provider here has one; see the coverage test
          await mock.reset();
          mock.queue(target.key, prefer, { times: Infinity });
          const outcome = await call(subject(), target, options);
          expect(isSdkError(outcome.error)).toBe(true);
          expect(sinceFault(mock, target.key)).toBe(1);
        });
      }
    });
  }
}

function build(urls: (mock: ProviderMock<any, any, any>) => Record<string, string>, mocks: ProviderMock<any, any, any>[]): Subject[] {
  return Object.entries(mockProviders as Record<string, MockProviderEntry>).map(([name], i) => {
    const mock = mocks[i]!;
    return { name, mock, client: (mockProviders as Record<string, MockProviderEntry>)[name]!.client(urls(mock)) };
  });
}

const mswMocks = Object.values(mockProviders as Record<string, MockProviderEntry>).map((entry) => entry.create());
const httpMocks = Object.values(mockProviders as Record<string, MockProviderEntry>).map((entry) => entry.create());
const mswSubjects = build((mock) => ({ ...mock.baseURLs }), mswMocks);
let server: MockServer;
let httpSubjects: Subject[] = [];
beforeAll(async () => {
  server = await createMockServer({ providers: httpMocks, port: 0 });
  // fetch keeps idle connections longer than node's 5 s keep-alive; a reused, just-closed socket
  // would fail a request with ECONNRESET that no fault caused.
  server.server.keepAliveTimeout = 120_000;
  httpSubjects = build((mock) => Object.fromEntries(Object.keys(mock.baseURLs).map((host) => [host, server.urlFor(mock.name, host)])), httpMocks);
});
afterAll(() => server.close());

describe('coverage', () => {
  it('every provider has a safe and an unsafe endpoint with a documented success', () => {
    for (const mock of mswMocks) {
      expect(pick(mock, true), `${mock.name} safe`).toBeDefined();
      expect(pick(mock, false), `${mock.name} unsafe`).toBeDefined();
    }
  });

  it('an SDK honours Retry-After as an HTTP date from the mock', async () => {
    const subject = httpSubjects.find((s) => s.name === 'b2motor')!;
    const target = pick(subject.mock, true)!;
    await subject.mock.reset();
    subject.mock.queue(target.key, 'code=503, retry-after=date+1');
    const started = Date.now();
    const outcome = await call(subject, target);
    expect(outcome.error).toBeUndefined();
    // The date is rounded up to a whole second, so the wait is between 0 and 2 s, never the 1-4 ms backoff.
    expect(Date.now() - started).toBeGreaterThanOrEqual(5);
    expect(sinceFault(subject.mock, target.key)).toBe(2);
  });
});

describe('over node:http', () => {
  matrix('node:http', () => httpSubjects);
});

describe('in-process (msw)', () => {
  const msw = setupServer(...mswMocks.flatMap((m) => m.handlers));
  beforeAll(() => msw.listen({ onUnhandledRequest: 'bypass' }));
  afterAll(() => msw.close());
  matrix('msw', () => mswSubjects);
});
