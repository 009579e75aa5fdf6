// The scenario vocabulary, one for both transports: `Prefer: example=<name>` and `Prefer: code=<status>`.

/** A scenario: replay a documented example, or answer with a status in the provider's error shape. */
export type Scenario = { example: string; code?: undefined } | { code: number; example?: undefined };

/** Header tests and HTTP clients use to pick a scenario. */
export const PREFER_HEADER = 'prefer';

/** Header a mock sets on its own (not the provider's) errors, such as an unknown scenario. */
export const MOCK_ERROR_HEADER = 'x-mock-error';

/**
 * Read scenario preferences from a `Prefer` header (RFC 7240 style: `example=wrong-password`,
 * `code=503`, comma separated). Preferences the mock does not know are ignored, as the RFC says.
 * Returns an error text for a malformed value.
 */
export function parsePrefer(header: string | null | undefined): Scenario | { error: string } | undefined {
  if (!header) return undefined;
  let found: Scenario | undefined;
  for (const token of header.split(/[,;]/)) {
    const eq = token.indexOf('=');
    if (eq < 0) continue;
    const name = token.slice(0, eq).trim().toLowerCase();
    const value = token.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1');
    if (name === 'example') {
      if (found) return { error: 'Give one scenario per request (example= or code=, not both)' };
      found = { example: value };
    } else if (name === 'code') {
      if (found) return { error: 'Give one scenario per request (example= or code=, not both)' };
      const code = Number(value);
      if (!Number.isInteger(code) || code < 100 || code > 599) return { error: `Prefer code=${value} is not an HTTP status (100-599)` };
      found = { code };
    }
  }
  return found;
}

/** How a scenario is written in a header and in the journal. */
export function formatScenario(scenario: Scenario): string {
  return scenario.example !== undefined ? `example=${scenario.example}` : `code=${scenario.code}`;
}
