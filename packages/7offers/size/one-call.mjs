// The bundle a browser app ships to list 7offers goals once: a configuration-only client and one
// standalone function. What the one-call size budget measures.
import { createSevenOffersCore, goalList } from '@x/7offers';

const core = createSevenOffersCore({ apiKey: 'key' });
goalList(core, { offer_id: 1 }).then((page) => console.log(page.objects.length));
