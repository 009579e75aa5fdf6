// Issue 9: the fault matrix extended to the helpers `uploadImage` and `waitForImport`. Every fault at
// every step, once and on every attempt: the right typed error, the unsafe upload never replayed
// once sent, the safe polls retried exactly as documented (2 retries).
import { describe, expect, it } from 'vitest';
import type { RecordedRequest } from '@x/core/testing';
import { FAULTS, MATRIX_TIMEOUT_MS, NEVER_SENT, RETRIED_WHEN_SAFE, expectFaultError, faultedFetch, matrixRuntime, settle, type Steps } from '../../core/test/fault-kit';
import { createOnlinerSecond } from '../src/index';

const TASK = { id: 'PhTrlafxvBUPudeM', hash: 'a'.repeat(32), created_at: '2026-01-01 10:00:00', errors: [], url: 'https://upload.api.onliner.by/upload/PhTrlafxvBUPudeM' };
const IMAGES = { '1280x1280': 'https://content.onliner.by/baralog/1/x1280/a.jpeg' };

const steps: Steps = {
  stepOf(r: RecordedRequest) {
    const path = r.parsedURL.pathname;
    if (path.endsWith('/oauth/token')) return 'token';
    if (path === '/upload') return 'upload.image';
    if (path.startsWith('/upload/')) return 'upload.status';
    if (path.endsWith('/errors')) return 'importReport.errors';
    return 'importReport.get';
  },
  answer(step) {
    switch (step) {
      case 'token':
        return { body: { access_token: 'access-token-1', expires_in: 3600 } };
      case 'upload.image':
        return { body: { ...TASK, images: [], status: 'processing' } };
      case 'upload.status':
        return { body: { ...TASK, images: IMAGES, status: 'processed' } };
      case 'importReport.get':
        return { body: { id: 'imp-1', status: 'processed', total: 2, errors: 1 } };
      default:
        return { body: [{ id: 'offer-2', errors: { 'product.model': ['Укажите товар'] } }] };
    }
  },
};

function client(target: string, fault: (typeof FAULTS)[number], mode: 'once' | 'always') {
  const runtime = matrixRuntime();
  const faulted = faultedFetch(steps, target, fault, mode, runtime);
  const onliner = createOnlinerSecond({ clientId: 'id', clientSecret: 'secret', fetch: faulted.fetch, runtime, timeout: MATRIX_TIMEOUT_MS });
  return { onliner, sent: faulted.sent };
}

describe('onliner-second helpers under the fault matrix (issue 9)', () => {
  for (const fault of FAULTS) {
    for (const mode of ['once', 'always'] as const) {
      it(`uploadImage: ${fault} ${mode} at upload.image (unsafe: never replayed once sent)`, async () => {
        const { onliner, sent } = client('upload.image', fault, mode);
        const { value, error } = await settle(onliner.uploadImage(new Blob(['jpeg'], { type: 'image/jpeg' })));
        if (NEVER_SENT.has(fault)) {
          // Nothing left the machine, so sending again cannot duplicate the image.
          expect(sent('upload.image')).toBe(mode === 'once' ? 2 : 3);
          if (mode === 'once') expect(value).toEqual(IMAGES);
          else expectFaultError(error, fault, 'upload.image');
        } else {
          expect(sent('upload.image')).toBe(1);
          expectFaultError(error, fault, 'upload.image');
          expect(sent('upload.status')).toBe(0);
        }
      });

      it(`uploadImage: ${fault} ${mode} at upload.status (safe: retried as documented)`, async () => {
        const { onliner, sent } = client('upload.status', fault, mode);
        const { value, error } = await settle(onliner.uploadImage(new Blob(['jpeg'], { type: 'image/jpeg' })));
        expect(sent('upload.image')).toBe(1);
        if (!RETRIED_WHEN_SAFE.has(fault)) {
          expect(sent('upload.status')).toBe(1);
          expectFaultError(error, fault, 'upload.status');
        } else if (mode === 'once') {
          expect(sent('upload.status')).toBe(2);
          expect(value).toEqual(IMAGES);
        } else {
          expect(sent('upload.status')).toBe(3);
          expectFaultError(error, fault, 'upload.status');
        }
      });

      for (const target of ['importReport.get', 'importReport.errors']) {
        it(`waitForImport: ${fault} ${mode} at ${target} (safe: retried as documented, nothing lost)`, async () => {
          const { onliner, sent } = client(target, fault, mode);
          const { value, error } = await settle(onliner.waitForImport('imp-1'));
          if (!RETRIED_WHEN_SAFE.has(fault)) {
            expect(sent(target)).toBe(1);
            expectFaultError(error, fault, target);
          } else if (mode === 'once') {
            expect(sent(target)).toBe(2);
            expect(value?.report.status).toBe('processed');
            expect(value?.offerErrors).toEqual([{ id: 'offer-2', errors: { 'product.model': ['Укажите товар'] } }]);
          } else {
            expect(sent(target)).toBe(3);
            expectFaultError(error, fault, target);
          }
          if (target === 'importReport.errors') expect(sent('importReport.get')).toBe(1);
        });
      }
    }
  }
});
