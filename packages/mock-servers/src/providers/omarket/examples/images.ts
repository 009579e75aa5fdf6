// Documented O!Market examples: ad images and avatars.
import type { endpoints } from '@x/omarket/endpoints';
import type { ExamplesFor } from '../../../types';
import { ok, photo } from './documented';

/** Ad images and avatars: documented examples by endpoint. */
export const imagesExamples = {
  'ads.uploadImage': [
    {
      name: 'doc-example',
      source: 'seed 002 "Добавление изображение в объявление": [RESPONSES] 200',
      note: 'Response printed as valid JSON. Request constructed: the doc names only the multipart field `image`; a 12-byte JPEG-typed file stands in.',
      request: { path: { uuid: '15f83777-df64-4819-8996-78eda3066a14' }, body: { image: photo } },
      response: {
        status: 200,
        body: { result: { url: 'https://devminio.o.kg/ads/p0Csv7aKyBoY2MN7hanxSEJiiS2Yls7l4ZnNXUtEJNx8R0bgE0.JPEG' }, resultCode: 'SUCCESS', details: 'Uploaded', errorCode: 0 },
      },
    },
  ],
  'ads.removeImage': [
    {
      name: 'doc-example',
      source: 'seed 002 "Удаление изображения из объявления": Body and the first 200',
      note: 'Printed as valid JSON. The table says form-data with a blank parameter name; the example body is JSON `{url}`, which is what is sent (Q12).',
      request: {
        path: { uuid: '15f83777-df64-4819-8996-78eda3066a14' },
        body: { url: 'https://devminio.o.kg/ads/r2hazJBaAjqr2i5sRuWIWL7yu0pHZSSWbIGIpIB2YItjfDIKUF.JPEG' },
      },
      response: { status: 200, body: { result: 'Successfully deleted', ...ok } },
    },
    {
      name: 'image-not-found',
      source: 'seed 002 "Удаление изображения из объявления": the second 200',
      note: 'Printed as valid JSON: a failure with HTTP 200 (assumed) and errorCode 0 (Q6).',
      request: {
        path: { uuid: '15f83777-df64-4819-8996-78eda3066a14' },
        body: { url: 'https://devminio.o.kg/ads/r2hazJBaAjqr2i5sRuWIWL7yu0pHZSSWbIGIpIB2YItjfDIKUF.JPEG' },
      },
      response: { status: 200, body: { result: 'Image not found', resultCode: 'FAIL', details: '', errorCode: 0 } },
      error: { kind: 'not_found', reason: 'image_not_found' },
    },
  ],
  'user.uploadAvatar': [
    {
      name: 'doc-example',
      source: 'seed 002 "Загрузить аватарку": [RESPONSES] 200',
      note: 'Response printed as valid JSON. Request constructed: a 12-byte JPEG-typed file in the multipart field `image`.',
      request: { body: { image: photo } },
      response: {
        status: 200,
        body: { result: { url: 'https://devminio.o.kg/ads-avatar/V5iD63PFKuOwGDzxldpbwG6vxnC91dUjvuMMsXeG5WdvxsMv4j.jpeg' }, resultCode: 'SUCCESS', details: 'Uploaded', errorCode: 0 },
      },
    },
  ],
  'user.removeAvatar': [
    {
      name: 'doc-example',
      source: 'seed 002 "Удалить аватарку": [RESPONSES] 200',
      note: 'Printed as valid JSON (split by a page break).',
      response: { status: 200, body: { result: 'Successfully deleted', ...ok } },
    },
  ],
} as const satisfies Partial<ExamplesFor<typeof endpoints>>;
