// The b2motor provider: its call facts (info.ts) plus the endpoint registry and the auth facts,
// for mocks, contract tests, OpenAPI and the convenient client.
import { defineProvider, mergeEntries } from '@x/core/provider';
import { endpoints } from './endpoints/index';
import { b2motorInfo } from './info';

/** b2motor.ru "WEB-Service" REST API (an ABCP-derived auto-parts service). */
export const b2motorProvider = /* @__PURE__ */ defineProvider(
  /* @__PURE__ */ mergeEntries(b2motorInfo, {
    title: 'b2motor.ru web service',
    endpoints,
    // Login and the md5 of the password in the query of every call (fact sheet Q1: `userpsw` is an alias).
    auth: {
      credentials: [
        { type: 'apiKey', in: 'query', name: 'userlogin', description: 'Account login, on every call.' },
        { type: 'apiKey', in: 'query', name: 'userpassw', description: 'md5 of the password, lower-case hex (some pages call it `userpsw`).' },
      ],
    },
  } as const),
);
