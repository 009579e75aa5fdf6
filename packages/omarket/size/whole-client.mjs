// The bundle a browser app ships with the convenient client (every endpoint, login, createAd and
// editAd): what the whole-client size budget measures.
import { createOmarket } from '@x/omarket';

const omarket = createOmarket({ apiKey: 'key', baseURL: '/api/omarket' });
omarket
  .login({ msisdn: '996709920328', password: 'password' })
  .then(() => omarket.ads.list())
  .then((page) => console.log(page.result.count));
