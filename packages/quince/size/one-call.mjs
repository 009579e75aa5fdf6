// The bundle a browser app ships to list Quince services once: a configuration-only client and one
// standalone function. What the one-call size budget measures.
import { createQuinceCore, servicesList } from '@x/quince';

const core = createQuinceCore({ baseURL: 'https://tenant.example', auth: { header: 'Authorization', value: 'Bearer key' } });
servicesList(core, { filter: { ParentFolder: null } }).then((page) => console.log(page.data.length));
