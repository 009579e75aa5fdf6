// Issue 9: the fault matrix extended to `createAd` (draft, update, delete of a rejected draft). Every
// fault at every step, once and on every attempt: the right typed error, no unsafe step replayed
// once sent, the update sent exactly once, and no data lost: a draft that may hold the caller's
// fields is kept and named in the error (`draftUuidOf`), never deleted.
import { describe, expect, it } from 'vitest';
import type { RecordedRequest, ScriptedReply } from '@x/core/testing';
import { FAULTS, MATRIX_TIMEOUT_MS, NEVER_SENT, expectFaultError, faultedFetch, matrixRuntime, settle, type Fault, type Steps } from '../../core/test/fault-kit';
import { createOmarket, draftUuidOf } from '../src/index';

const UUID = '15f83777-df64-4819-8996-78eda3066a14';
const fields = { title: 'Toyota', category: 2, location: 1, price: 1000, currency: 'som' as const, filters: [] };
const envelope = (result: unknown, details = ''): ScriptedReply => ({ body: { result, resultCode: 'SUCCESS', details, errorCode: 0 } });

function steps(updateRejected: boolean): Steps {
  return {
    stepOf: (r: RecordedRequest) => (r.method === 'POST' ? 'createDraft' : r.method === 'PUT' ? 'update' : 'delete'),
    answer(step) {
      if (step === 'createDraft') return envelope(UUID);
      if (step === 'update') return updateRejected ? { status: 400, body: { error: 'category: 99 does not exist' } } : envelope({}, 'Updated');
      return envelope([], 'Deleted');
    },
  };
}

function client(updateRejected: boolean, target: string, fault: Fault, mode: 'once' | 'always') {
  const runtime = matrixRuntime();
  const faulted = faultedFetch(steps(updateRejected), target, fault, mode, runtime);
  const omarket = createOmarket({ apiKey: 'test-api-key', baseURL: 'https://omarket.test', fetch: faulted.fetch, runtime, timeout: MATRIX_TIMEOUT_MS, tokens: { accessToken: 'a-token', refreshToken: 'r-token' } });
  return { omarket, sent: faulted.sent };
}

describe('omarket createAd under the fault matrix (issue 9)', () => {
  for (const fault of FAULTS) {
    for (const mode of ['once', 'always'] as const) {
      it(`${fault} ${mode} at the draft (unsafe: never replayed once sent)`, async () => {
        const { omarket, sent } = client(false, 'createDraft', fault, mode);
        const { error } = await settle(omarket.createAd(fields));
        if (NEVER_SENT.has(fault) && mode === 'once') {
          expect(sent('createDraft')).toBe(2);
          expect(sent('update')).toBe(1);
          return;
        }
        expect(sent('createDraft')).toBe(NEVER_SENT.has(fault) ? 3 : 1);
        expectFaultError(error, fault, 'createDraft');
        expect(sent('update') + sent('delete')).toBe(0);
      });

      it(`${fault} ${mode} at the update: sent once, the draft kept and named, never deleted`, async () => {
        const { omarket, sent } = client(false, 'update', fault, mode);
        const { error } = await settle(omarket.createAd(fields));
        expect(sent('createDraft')).toBe(1);
        expect(sent('update')).toBe(1);
        expect(sent('delete')).toBe(0);
        expectFaultError(error, fault, 'update');
        expect(draftUuidOf(error)).toBe(UUID);
        expect((error as Error).message).toContain(UUID);
      });

      it(`${fault} ${mode} at the delete of a rejected draft: not replayed, the draft named when it may remain`, async () => {
        const { omarket, sent } = client(true, 'delete', fault, mode);
        const { error } = await settle(omarket.createAd(fields));
        expect(sent('createDraft')).toBe(1);
        expect(sent('update')).toBe(1);
        // The caller learns why the ad was not created: the provider's 400, not the delete's fault.
        expect(error).toMatchObject({ kind: 'api', status: 400 });
        if (NEVER_SENT.has(fault) && mode === 'once') {
          expect(sent('delete')).toBe(2);
          expect(draftUuidOf(error)).toBeUndefined();
        } else {
          expect(sent('delete')).toBe(NEVER_SENT.has(fault) ? 3 : 1);
          expect(draftUuidOf(error)).toBe(UUID);
        }
      });
    }
  }
});
