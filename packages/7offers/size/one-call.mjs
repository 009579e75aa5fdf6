// The bundle a browser app ships to list 7offers goals once: what the size budget measures.
import { createSevenOffers } from '@x/7offers';

const sevenOffers = createSevenOffers({ apiKey: 'key' });
sevenOffers.goal.list({ offer_id: 1 }).then((page) => console.log(page.objects.length));
