// Issue 9: the fault matrix extended to `addAll` / `updateAll`. 250 items go out in chunks of 100;
// every fault hits the second chunk, once or on every attempt. Asserted: no chunk replayed once
// sent (both writes are unsafe), the chunk's typed error, and no data lost: the result says which
// items were applied, which may have been (`applied: 'unknown'`), which were not, which were skipped.
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '@x/core/testing';
import { FAULTS, MATRIX_TIMEOUT_MS, NEVER_SENT, expectFaultError, faultedFetch, matrixRuntime, type Fault, type Steps } from '../../core/test/fault-kit';
import { createQuince } from '../src/index';

const steps: Steps = {
  // The chunk a request carries, from the index in its first item's name.
  stepOf: (r: RecordedRequest) => `chunk${Math.floor(Number(/(\d+)$/.exec(r.json?.array?.[0]?.Name ?? '0')?.[1] ?? 0) / 100)}`,
  answer: (_step, r) => ({ body: { success: true, data: (r.json?.array ?? []).map((item: { Id?: number }, i: number) => ({ Id: item.Id ?? 1000 + i })) } }),
};

function quince(fault: Fault, mode: 'once' | 'always') {
  const runtime = matrixRuntime();
  const faulted = faultedFetch(steps, 'chunk1', fault, mode, runtime);
  const client = createQuince({ baseURL: 'https://tenant.quince.test', auth: { header: 'Authorization', value: 'Bearer k' }, fetch: faulted.fetch, runtime, timeout: MATRIX_TIMEOUT_MS });
  return { client, sent: faulted.sent };
}

const adds = Array.from({ length: 250 }, (_, i) => ({ Name: `Service ${i}` }));
const changes = adds.map((item, i) => ({ ...item, Id: i + 1 }));

describe('quince addAll / updateAll under the fault matrix (issue 9)', () => {
  for (const helper of ['addAll', 'updateAll'] as const) {
    for (const fault of FAULTS) {
      for (const mode of ['once', 'always'] as const) {
        it(`${helper}: ${fault} ${mode} at the second chunk`, async () => {
          const { client, sent } = quince(fault, mode);
          const result = helper === 'addAll' ? await client.services.addAll(adds) : await client.services.updateAll(changes);
          expect(sent('chunk0')).toBe(1);
          if (NEVER_SENT.has(fault) && mode === 'once') {
            // Nothing left the machine: sending the chunk again cannot apply it twice.
            expect(sent('chunk1')).toBe(2);
            expect(result.ok).toBe(true);
            expect(result.ids).toHaveLength(250);
            return;
          }
          expect(sent('chunk1')).toBe(NEVER_SENT.has(fault) ? 3 : 1);
          expect(sent('chunk2')).toBe(0);
          expect(result.ok).toBe(false);
          expect(result.succeeded.map((c) => c.index)).toEqual([0]);
          expect(result.ids).toHaveLength(100);
          expect(result.failed.map((c) => c.index)).toEqual([1]);
          expectFaultError(result.failed[0]!.error, fault, 'chunk1');
          // What the caller must check or resend: the refused chunk says whether it may have been applied.
          const applied = NEVER_SENT.has(fault) || (helper === 'updateAll' && fault === '429-retry-after-date') ? 'no' : 'unknown';
          expect(result.failed[0]!.applied).toBe(applied);
          expect(result.skipped.map((c) => c.index)).toEqual([2]);
          expect(result.unconfirmed).toEqual((helper === 'addAll' ? adds : changes).slice(100));
        });
      }
    }
  }
});
