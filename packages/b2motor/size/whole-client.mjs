// The bundle a browser app ships with the convenient client (every endpoint, md5 of a plain
// password): what the whole-client size budget measures.
import { createB2motor } from '@x/b2motor';

const b2motor = createB2motor({ login: 'demo', password: 'demo', baseURL: '/api/b2motor' });
b2motor.search.product({ article: '01089', brand: 'Febi' }).then((offers) => console.log(offers.length));
