// The bundle a browser app ships to log in and list O!Market ads once: what the size budget measures.
import { createOmarket } from '@x/omarket';

const omarket = createOmarket({ apiKey: 'key', baseURL: '/api/omarket' });
omarket
  .login({ msisdn: '996709920328', password: 'password' })
  .then(() => omarket.ads.list())
  .then((page) => console.log(page.result.count));
