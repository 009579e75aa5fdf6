import { describe, expect, it } from 'vitest';
import { createAcmeB2b, acmeB2bProvider } from './index';

describe('acme-b2b provider', () => {
  it('declares its name and default host', () => {
    expect(acmeB2bProvider.name).toBe('acme-b2b');
    expect(acmeB2bProvider.baseURL).toBe('https://api.acme.test/v1');
  });

  it('gives the client one method per registered endpoint', () => {
    const client = createAcmeB2b() as Record<string, unknown>;
    const groups = Object.keys(acmeB2bProvider.endpoints);
    expect(Object.keys(client).sort()).toEqual(groups.sort());
  });
});
