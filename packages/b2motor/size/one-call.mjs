// The bundle a browser app ships to search b2motor once: a configuration-only client and one
// standalone function. What the one-call size budget measures.
import { createB2motorCore, searchProduct } from '@x/b2motor';

const core = createB2motorCore({ login: 'demo', passwordMd5: 'fe01ce2a7fbac8fafaed7c982a04e229', baseURL: '/api/b2motor' });
searchProduct(core, { article: '01089', brand: 'Febi' }).then((offers) => console.log(offers.length));
