// One 7offers call against x-mock (guest access).
import { createSevenOffers } from '@x/7offers';

export async function call(base) {
  const sevenOffers = createSevenOffers({ baseURL: `${base}/7offers` });
  const page = await sevenOffers.goal.list({ offer_id: 1, per_page: 10 });
  return { ok: page.total_count > 0 && page.objects.length > 0, summary: `${page.total_count} goals of offer 1, first "${page.objects[0]?.title}"` };
}
