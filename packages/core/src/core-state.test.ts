// coreState (issue 10): a provider's helpers read the state they gave createCore, after the same
// client check an endpoint function makes.
import { describe, expect, it } from 'vitest';
import { bindRegistry, coreState, createCore } from './create-client';
import { isRequestValidationError } from './errors';

const info = { name: 'acme', baseURL: 'https://acme.test' } as const;

describe('coreState', () => {
  it('returns the state given to createCore, also through a frozen copy that adds fields', () => {
    const state = { tokens: 'manager' };
    const core = createCore(info, {}, { state });
    expect(coreState(core, 'acme', 'login')).toBe(state);
    const extended = Object.freeze({ ...core, tokens: 'manager' });
    expect(coreState(extended, 'acme', 'login')).toBe(state);
    expect(bindRegistry(extended, {})).toEqual({});
  });

  it('refuses another provider, no client and a client without state, naming the call', () => {
    const cases: Array<[unknown, string]> = [
      [createCore({ name: 'other', baseURL: 'https://other.test' }, {}, { state: {} }), 'Expected a acme client, got a other client'],
      [undefined, 'Expected a acme client'],
      [{ provider: 'acme' }, 'Expected a acme client'],
      [createCore(info), 'Expected a acme client'],
    ];
    for (const [core, issue] of cases) {
      let error: unknown;
      try {
        coreState(core, 'acme', 'login');
      } catch (e) {
        error = e;
      }
      expect(isRequestValidationError(error)).toBe(true);
      expect((error as Error).message).toBe('acme login: the first argument must be a acme client (from create…Core or create…). Nothing was sent.');
      expect((error as { issues: Array<{ message: string }> }).issues[0]!.message).toBe(issue);
    }
  });
});
