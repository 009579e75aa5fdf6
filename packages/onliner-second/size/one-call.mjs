// The bundle a browser app ships to list its Onliner offers once: a configuration-only client and
// one standalone function. What the one-call size budget measures.
import { createOnlinerSecondCore, offersList } from '@x/onliner-second';

const core = createOnlinerSecondCore({ clientId: 'demo-client', clientSecret: 'demo-secret' });
offersList(core, { limit: 50 }).then((page) => console.log(page.total));
