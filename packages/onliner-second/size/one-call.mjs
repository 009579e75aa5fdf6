// The bundle a browser app ships to list its Onliner offers once: what the size budget measures.
import { createOnlinerSecond } from '@x/onliner-second';

const onliner = createOnlinerSecond({ clientId: 'demo-client', clientSecret: 'demo-secret', baseURL: '/api/onliner-second', authURL: '/api/onliner-auth' });
onliner.offers.list({ limit: 50 }).then((page) => console.log(page.total));
