// One b2motor call against x-mock (base: the mock's root URL, e.g. http://127.0.0.1:4010).
import { createB2motor } from '@x/b2motor';

export async function call(base) {
  const b2motor = createB2motor({ login: 'demo', password: 'demo', baseURL: `${base}/b2motor` });
  const offers = await b2motor.search.product({ article: '01089', brand: 'Febi' });
  return { ok: offers.length > 0 && offers.every((offer) => typeof offer.price === 'number'), summary: `${offers.length} offers for Febi 01089` };
}
