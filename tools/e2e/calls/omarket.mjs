// One O!Market call against x-mock (after the login it needs).
import { createOmarket } from '@x/omarket';

export async function call(base) {
  const omarket = createOmarket({ apiKey: 'omarket-mock-api-key-0000000000000', baseURL: `${base}/omarket` });
  await omarket.login({ msisdn: '996709920328', password: 'omarket-demo' }); // the ads board needs a user token
  const { result: categories } = await omarket.categories.list();
  return { ok: categories.length > 0 && typeof categories[0].name === 'string', summary: `${categories.length} top-level categories, first "${categories[0]?.name}"` };
}
