// Size anchor: ofetch and one call, bundled like the SDKs' size entries.
import { ofetch } from 'ofetch';

ofetch('/api/search', { query: { article: '01089' } }).then((rows) => console.log(rows.length));
