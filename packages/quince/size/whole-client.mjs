// The bundle a browser app ships with the convenient client (every endpoint, listAll and the batch
// helpers): what the whole-client size budget measures.
import { createQuince } from '@x/quince';

const quince = createQuince({ baseURL: 'https://tenant.example', auth: { header: 'Authorization', value: 'Bearer key' } });
quince.services.list({ filter: { ParentFolder: null } }).then((page) => console.log(page.data.length));
