// The bundle a browser app ships with the convenient client (the default resources, the generic
// `resource(slug)`): what the whole-client size budget measures.
import { createSevenOffers } from '@x/7offers';

const sevenOffers = createSevenOffers({ apiKey: 'key' });
sevenOffers.goal.list({ offer_id: 1 }).then((page) => console.log(page.objects.length));
