// defineProviderMock: a provider's documented examples, state, auth check and stateful resolvers.
import type { AnyEndpoint, Registry } from '@x/core/provider';
import type { DocExample, ExamplesFor, ProviderMockDefinition } from './types';

/** Declare a provider's mock. Only types and checks: the behaviour lives in the mock engine (`createMock`). */
export function defineProviderMock<R extends Registry, State, const X extends ExamplesFor<R>>(
  definition: ProviderMockDefinition<R, State, X>,
): ProviderMockDefinition<R, State, X> {
  for (const op of definition.provider.operations) {
    const list = (definition.examples as Record<string, readonly DocExample<AnyEndpoint>[]>)[op.key];
    const names = new Set<string>();
    for (const example of list ?? []) {
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(example.name)) throw new TypeError(`${definition.provider.name} ${op.key}: example name "${example.name}" must be kebab-case`);
      if (names.has(example.name)) throw new TypeError(`${definition.provider.name} ${op.key}: duplicate example "${example.name}"`);
      names.add(example.name);
    }
  }
  return definition;
}
