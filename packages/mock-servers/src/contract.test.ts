// The contract matrix: every registered provider × endpoint × documented example, through msw.
// New providers join by registering in src/providers/index.ts; no test code changes.
import { afterEach, describe, it } from 'vitest';
import { contractCases } from './contract';
import { mockProviders, type MockProviderEntry } from './providers/index';
import { useMsw } from './setup-msw.test-helper';

const subjects = Object.entries(mockProviders as Record<string, MockProviderEntry>).map(([name, entry]) => {
  const mock = entry.create();
  return { name, mock, client: entry.client(mock.baseURLs) };
});

useMsw(...subjects.flatMap((s) => s.mock.handlers));
afterEach(async () => {
  await Promise.all(subjects.map((s) => s.mock.reset()));
});

for (const subject of subjects) {
  describe(`contract: ${subject.name}`, () => {
    for (const c of contractCases(() => subject)) it(c.name, () => c.run());
  });
}
