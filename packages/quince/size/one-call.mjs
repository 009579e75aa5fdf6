// The bundle a browser app ships to list Quince services once: what the size budget measures.
import { createQuince } from '@x/quince';

const quince = createQuince({ baseURL: 'https://tenant.example', auth: { header: 'Authorization', value: 'Bearer key' } });
quince.services.list({ filter: { ParentFolder: null } }).then((page) => console.log(page.data.length));
