// Type tests for `@x/core/testing` (vitest typecheck mode).
import { describe, expectTypeOf, test } from 'vitest';
import { createTestRuntime, jsonResponse, networkFailure, scriptedFetch, type RecordedRequest, type ScriptedFetch } from './testing';
import type { Runtime } from './provider';

describe('scriptedFetch', () => {
  test('is a fetch that records its calls', () => {
    const fetch = scriptedFetch({ body: {} });
    expectTypeOf(fetch).toEqualTypeOf<ScriptedFetch>();
    expectTypeOf(fetch).toMatchTypeOf<typeof globalThis.fetch>();
    expectTypeOf(fetch.calls).toEqualTypeOf<RecordedRequest[]>();
    expectTypeOf(fetch.calls[0]!.method).toEqualTypeOf<string>();
  });

  test('answers are responses, errors, plain answers or functions of the request', () => {
    expectTypeOf(scriptedFetch).toBeCallableWith(jsonResponse({ a: 1 }), networkFailure('ECONNRESET'), { status: 500, body: 'x' });
    expectTypeOf(scriptedFetch).toBeCallableWith(async (request: Request) => jsonResponse({ url: request.url }));
    // @ts-expect-error a number is not an answer
    void (() => scriptedFetch(200));
  });
});

describe('createTestRuntime', () => {
  test('is a Runtime for client options', () => {
    expectTypeOf(createTestRuntime()).toMatchTypeOf<Runtime>();
    expectTypeOf(createTestRuntime).parameter(0).toEqualTypeOf<{ now?: number; random?: number } | undefined>();
  });
});
