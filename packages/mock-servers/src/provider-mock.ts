// ProviderMock: the mock engine plus what is derived from it (msw handlers, the OpenAPI document).
// The one place the engine meets a transport, so the engine itself never imports one. msw itself is
// not imported here either: `./msw` registers its transport when a public entry point loads it, so
// `x-mock` and `createMockServer` (node:http) never load msw (decision 0046).
import type { Registry } from '@x/core/provider';
import type { RequestHandler } from 'msw';
import { MockEngine } from './mock-engine';
import { mswTransport } from './msw-transport';
import { toOpenAPI } from './openapi';
import type { ExamplesFor, MockOptions, ProviderMockDefinition } from './types';

/** A provider mock instance. Create one per test file (or per server) and `reset()` between tests. */
export class ProviderMock<R extends Registry = Registry, State = unknown, X extends ExamplesFor<R> = ExamplesFor<R>> extends MockEngine<R, State, X> {
  #handlers: RequestHandler[] | undefined;

  /**
   * msw handlers for `setupServer(...mock.handlers)`: one per host, answering every path under
   * `baseURLs`. Requests elsewhere fall through to your other handlers.
   */
  get handlers(): RequestHandler[] {
    this.#handlers ??= mswTransport()(this);
    return this.#handlers;
  }

  /** An OpenAPI 3.1 document of this provider, with its examples and this mock's base URLs. */
  openapi(servers: Readonly<Record<string, string>> = this.baseURLs): Record<string, unknown> {
    return toOpenAPI(this.definition.provider, { examples: this.definition.examples as never, servers });
  }
}

/** Create a mock instance from a provider mock definition. */
export function createMock<R extends Registry, State, X extends ExamplesFor<R>>(definition: ProviderMockDefinition<R, State, X>, options?: MockOptions): ProviderMock<R, State, X> {
  return new ProviderMock(definition, options);
}
