// One Quince call against x-mock.
import { createQuince } from '@x/quince';

export async function call(base) {
  const quince = createQuince({ baseURL: `${base}/quince`, auth: { header: 'Authorization', value: 'Bearer quince-demo-key' } });
  const { data } = await quince.services.list({ filter: { ParentFolder: 110, PriceType: [339] }, page: 1 });
  return { ok: data.length > 0 && typeof data[0].Name === 'string', summary: `${data.length} services in folder 110, first "${data[0]?.Name}"` };
}
