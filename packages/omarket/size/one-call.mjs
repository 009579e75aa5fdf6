// The bundle a browser app ships to list O!Market ads once with a stored session: a
// configuration-only client and one standalone function. What the one-call size budget measures.
import { createOmarketCore, adsList } from '@x/omarket';

const core = createOmarketCore({ apiKey: 'key', baseURL: '/api/omarket', tokens: JSON.parse(localStorage.getItem('omarket') ?? 'null') ?? undefined });
adsList(core).then((page) => console.log(page.result.count));
