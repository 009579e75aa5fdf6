// The bundle a browser app ships with the convenient client (every endpoint, the helpers and the
// offer rules with their town table): what the whole-client size budget measures.
import { createOnlinerSecond } from '@x/onliner-second';

const onliner = createOnlinerSecond({ clientId: 'demo-client', clientSecret: 'demo-secret' });
onliner.offers.list({ limit: 50 }).then((page) => console.log(page.total));
