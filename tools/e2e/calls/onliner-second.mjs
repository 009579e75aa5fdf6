// One Onliner Second call against x-mock (the token host and the API host are both mocked).
import { createOnlinerSecond } from '@x/onliner-second';

export async function call(base) {
  const mock = `${base}/onliner-second`;
  const onliner = createOnlinerSecond({ clientId: 'demo-client', clientSecret: 'demo-secret', baseURL: mock, authURL: `${mock}/_auth`, uploadURL: `${mock}/_upload` });
  const page = await onliner.offers.list({ limit: 10 });
  return { ok: Array.isArray(page.offers) && typeof page.total === 'number', summary: `offers.list: ${page.offers.length} of ${page.total} offers (OAuth token fetched first)` };
}
