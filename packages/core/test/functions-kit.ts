// Shared checks for a provider's standalone endpoint functions (issue 10): the list in
// src/functions.ts must match the endpoint registry key for key, and a function refuses a client
// of another provider before anything is sent.
import { describe, expect, it } from 'vitest';
import { createCore, isRequestValidationError, type EndpointFunction, type Provider } from '@x/core/provider';
import { scriptedFetch } from '@x/core/testing';

/** Every export of a functions module that is a standalone endpoint function. */
function endpointFunctions(module: Record<string, unknown>): Array<[string, EndpointFunction<any>]> {
  return Object.entries(module).filter((entry): entry is [string, EndpointFunction<any>] => typeof entry[1] === 'function' && 'endpoint' in entry[1] && 'provider' in entry[1]);
}

/** `search.product` → `searchProduct`. */
export function functionName(key: string): string {
  return key.replace(/[._-](\w)/g, (_, c: string) => c.toUpperCase());
}

/**
 * The function list of a provider against its registry: one function per operation, named after
 * its key, calling that very endpoint, for this provider, and nothing else.
 */
export function describeEndpointFunctions(provider: Provider<any>, module: Record<string, unknown>): void {
  describe(`${provider.name}: standalone endpoint functions`, () => {
    const functions = endpointFunctions(module);

    it('has one function per registered endpoint, named after its key, and no other', () => {
      const byKey = functions.map(([name, fn]) => ({ name, key: fn.key, provider: fn.provider, same: fn.endpoint === provider.endpoint(fn.key as never) }));
      expect(byKey.map((f) => f.key).sort()).toEqual(provider.operations.map((op) => op.key).sort());
      for (const f of byKey) {
        expect(f, f.key).toEqual({ name: functionName(f.key), key: f.key, provider: provider.name, same: true });
      }
    });

    it('refuses a client of another provider with a typed error, before anything is sent', async () => {
      const fetch = scriptedFetch({ body: {} });
      const other = createCore({ name: `not-${provider.name}`, baseURL: 'https://other.test' }, { fetch });
      for (const [, fn] of functions) {
        const error = await (fn as unknown as (c: unknown, i?: unknown) => Promise<unknown>)(other, {}).catch((e: unknown) => e);
        expect(isRequestValidationError(error), fn.key).toBe(true);
        expect((error as Error).message).toContain(`must be a ${provider.name} client`);
        const missing = await (fn as unknown as (c: unknown, i?: unknown) => Promise<unknown>)(undefined, {}).catch((e: unknown) => e);
        expect(isRequestValidationError(missing), fn.key).toBe(true);
      }
      expect(fetch.calls).toHaveLength(0);
    });
  });
}
