// The contract matrix as data: provider × endpoint × documented example → cases any test runner can run.
import { deepStrictEqual, ok, strictEqual } from 'node:assert/strict';
import * as v from 'valibot';
import { getPath, isSdkError, type AnyEndpoint, type SdkError } from '@x/core/provider';
import { toIssues, toStrict } from '@x/core/internal';
import type { MockEngine } from './mock-engine';
import type { DocExample } from './types';

/** One contract check. `run` throws (node:assert) when the contract is broken. */
export interface ContractCase {
  /** `b2motor search.product doc-example: ...` */
  name: string;
  run(): Promise<void>;
}

/** What the matrix needs: a mock reachable by the client (msw handlers listening, or a server). */
export interface ContractSubject {
  mock: MockEngine<any, any, any>;
  /** An SDK client pointed at the mock with credentials the mock accepts. */
  client: unknown;
}

type AnyMethod = (input?: unknown, options?: Record<string, unknown>) => Promise<unknown>;

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return toIssues(issues)
    .map((i) => `${i.path || '(root)'}: ${i.message}`)
    .join('; ');
}

/** Strings for every scalar, so `6` and `"6"` compare equal as they do on the wire. */
function wire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(wire);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, x]) => [k, wire(x)]));
  if (value === null || value === undefined) return value;
  return String(value);
}

function omit(record: Record<string, unknown> | undefined, names: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record ?? {}).filter(([k]) => !names.includes(k)));
}

/** The SDK input that reproduces a documented request: path, query (minus credentials) and body. */
export function inputFromExample(endpoint: AnyEndpoint, example: DocExample<AnyEndpoint>, authParams: readonly string[]): Record<string, unknown> {
  const request = example.request ?? {};
  const body = request.body === undefined ? {} : endpoint.spreadBody ? (request.body as Record<string, unknown>) : { body: request.body };
  return { ...request.path, ...omit(request.query, authParams), ...omit(request.headers, authParams), ...body };
}

/**
 * Every contract case for one provider mock:
 * 1. each documented success body parses with the response schema in strict mode;
 * 2. each documented request parses with the request schemas;
 * 3. the SDK method called with the example's input against the mock (scenario `example=<name>`)
 *    returns exactly the parsed example, or throws the documented typed error, and sends the
 *    documented request;
 * 4. coverage: every endpoint has an example, a mock route and an SDK method.
 */
export function contractCases(subject: () => ContractSubject): ContractCase[] {
  const probe = subject().mock;
  const provider = probe.definition.provider;
  const authParams = probe.definition.authParams ?? [];
  const cases: ContractCase[] = [];
  for (const { key, endpoint } of provider.operations) {
    const examples = probe.examplesFor(key);
    cases.push({
      name: `${provider.name} ${key}: has documented examples, a mock route and an SDK method`,
      async run() {
        const { mock, client } = subject();
        ok(examples.length > 0, `${provider.name} ${key} has no documented example`);
        ok(mock.routes.some((r) => r.key === key), `${provider.name} ${key} has no mock route`);
        const method = getPath(client, key);
        strictEqual(typeof method, 'function', `${provider.name} SDK has no method ${key}`);
      },
    });
    for (const example of examples) {
      const label = `${provider.name} ${key} ${example.name}`;
      if (!example.error) {
        cases.push({
          name: `${label}: response parses in strict mode`,
          async run() {
            const result = v.safeParse(toStrict(endpoint.response), example.response.body);
            ok(result.success, `${label}: ${result.success ? '' : describeIssues(result.issues)}`);
          },
        });
      }
      if (example.request) {
        cases.push({
          name: `${label}: request parses with the request schemas`,
          async run() {
            const request = example.request ?? {};
            const parts: Array<[string, v.GenericSchema | undefined, unknown]> = [
              ['path', endpoint.request?.path, request.path ?? {}],
              ['query', endpoint.request?.query, request.query ?? {}],
              ['headers', endpoint.request?.headers, request.headers ?? {}],
              ['body', endpoint.request?.body, request.body],
            ];
            for (const [part, schema, value] of parts) {
              if (!schema) continue;
              const result = v.safeParse(schema, value);
              ok(result.success, `${label} ${part}: ${result.success ? '' : describeIssues(result.issues)}`);
            }
          },
        });
      }
      cases.push({
        name: `${label}: the SDK ${example.error ? `throws ${example.error.kind}` : 'returns the example'}`,
        async run() {
          const { mock, client } = subject();
          const method = getPath(client, key) as AnyMethod;
          const input = inputFromExample(endpoint, example, authParams);
          const options = { headers: { prefer: `example=${example.name}` }, validateResponse: 'strict', retry: false };
          const before = mock.journal.count(key);
          if (example.error) {
            let thrown: unknown;
            try {
              await method(input, options);
            } catch (error) {
              thrown = error;
            }
            ok(isSdkError(thrown), `${label}: expected a typed ${example.error.kind} error, got ${thrown === undefined ? 'a result' : String(thrown)}`);
            const error = thrown as SdkError & { code?: unknown; reason?: unknown };
            strictEqual(error.kind, example.error.kind, `${label}: error kind`);
            if (example.error.code !== undefined) strictEqual(String(error.code), String(example.error.code), `${label}: provider code`);
            if (example.error.reason !== undefined) strictEqual(error.reason, example.error.reason, `${label}: reason`);
          } else {
            const result = await method(input, options);
            const expected = v.parse(toStrict(endpoint.response), example.response.body);
            deepStrictEqual(result, expected, `${label}: result differs from the documented example`);
          }
          ok(mock.journal.count(key) > before, `${label}: the mock saw no request`);
          const sent = mock.journal.last(key)!;
          if (example.request) {
            const request = example.request;
            // The journal masks credentials and summarises files: compare the example the same way.
            deepStrictEqual(wire(omit(sent.query, authParams)), wire(mock.journalView(omit(request.query, authParams))), `${label}: the SDK sent a different query`);
            if (request.body !== undefined) {
              // Credentials may travel in a form body (7offers writes): compared like the query, without them.
              const bodyOf = (b: unknown) => (b !== null && typeof b === 'object' && !Array.isArray(b) ? omit(b as Record<string, unknown>, authParams) : b);
              deepStrictEqual(wire(bodyOf(sent.body)), wire(mock.journalView(bodyOf(request.body))), `${label}: the SDK sent a different body`);
            }
          }
        },
      });
    }
  }
  return cases;
}
