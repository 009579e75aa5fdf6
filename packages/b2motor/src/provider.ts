// The b2motor provider: host, endpoints, error classifier and encoding conventions.
import { defineProvider } from '@x/core';
import { classifyB2motor } from './classify';
import { endpoints } from './endpoints/index';

/** b2motor.ru "WEB-Service" REST API (an ABCP-derived auto-parts service). */
export const b2motorProvider = defineProvider({
  name: 'b2motor',
  title: 'b2motor.ru web service',
  // The doc says http; the only public client uses https successfully (fact sheet Q14).
  baseURL: 'https://b2motor.ru/api/webservice',
  endpoints,
  classify: classifyB2motor,
  // basketId[0]=…&basketId[1]=… as documented.
  encoding: { arrayFormat: 'indexed', booleans: 'digits' },
  // Login and the md5 of the password in the query of every call (fact sheet Q1: `userpsw` is an alias).
  auth: {
    credentials: [
      { type: 'apiKey', in: 'query', name: 'userlogin', description: 'Account login, on every call.' },
      { type: 'apiKey', in: 'query', name: 'userpassw', description: 'md5 of the password, lower-case hex (some pages call it `userpsw`).' },
    ],
  },
});
