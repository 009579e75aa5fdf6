// createQuinceCore: a configuration-only Quince client (tenant host, auth) for the standalone
// endpoint functions and helpers. It imports no endpoint and no batch code.
import * as v from 'valibot';
import { createCore, parseClientOptions, type ClientCore, type ClientOptions } from '@x/core/provider';
import { AUTH_REQUIRED, quinceAuthStrategy, QuinceAuthSchema, type QuinceAuth } from './auth';
import { quinceInfo } from './info';

/** Options of `createQuince` and `createQuinceCore`. */
export type QuinceOptions = Omit<ClientOptions, 'baseURL' | 'hosts'> & {
  /**
   * Your Quince host, e.g. `https://<tenant>.example`, WITHOUT `/api/v2` (the SDK adds it). Required:
   * the host is not documented, and there is no default that could reach a real tenant.
   */
  baseURL: string;
  /** How to authenticate (required; the scheme is not documented). See `QuinceAuth`. */
  auth: QuinceAuth;
};

/** A configuration-only Quince client: pass it to `servicesList`, `addAllServices`, ... */
export type QuinceCore = ClientCore<'quince'>;

const REQUIRED = "baseURL is required: the Quince host is not documented, so give your tenant's URL";

/** Why a tenant base URL cannot be used, or undefined. Never quotes the URL. */
function baseURLProblem(baseURL: string): string | undefined {
  let url: URL;
  try {
    url = new URL(baseURL);
  } catch {
    return 'baseURL must be an absolute http(s) URL';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'baseURL must be an http(s) URL';
  if (url.username || url.password) return 'baseURL must not carry credentials; use the auth option';
  if (url.search || url.hash) return 'baseURL must not have a query or a fragment';
  if (/\/api\/v2\/*$/i.test(url.pathname)) return 'baseURL must not end with /api/v2: the SDK adds /api/v2 to every path';
  return undefined;
}

/** The Quince options; client-wide options (timeout, retry, ...) are checked by core. */
export const QuinceOptionsSchema = /* @__PURE__ */ v.looseObject(
  {
    baseURL: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(REQUIRED),
      /* @__PURE__ */ v.check((s: string) => s.trim() !== '', REQUIRED),
      /* @__PURE__ */ v.rawCheck(({ dataset, addIssue }) => {
        const problem = dataset.typed && dataset.value.trim() !== '' ? baseURLProblem(dataset.value) : undefined;
        if (problem) addIssue({ message: problem });
      }),
    ),
    auth: QuinceAuthSchema,
    hosts: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.never('Quince has one host: use baseURL')),
  },
  // A missing key is reported with the object's message: say which option is required, and why.
  (issue) => (issue.expected === '"baseURL"' ? REQUIRED : issue.expected === '"auth"' ? AUTH_REQUIRED : 'options must be an object'),
);

/**
 * Create a configuration-only Quince client, for the standalone functions: an app that imports
 * `servicesList` alone bundles that one endpoint. Every call is a POST with a JSON body to
 * `<baseURL>/api/v2/service/...`; lists are retried like reads, writes never.
 *
 * @example
 * import { createQuinceCore, servicesList } from '@x/quince';
 * const core = createQuinceCore({ baseURL: 'http://127.0.0.1:4010/quince', auth: { header: 'Authorization', value: 'Bearer quince-demo-key' } });
 * const { data } = await servicesList(core, { filter: { ParentFolder: null } });
 */
export function createQuinceCore(options: QuinceOptions): QuinceCore {
  const { auth, hosts: _none, ...clientOptions } = parseClientOptions('quince', QuinceOptionsSchema, options);
  return createCore(quinceInfo, clientOptions as ClientOptions, { auth: [quinceAuthStrategy(auth as QuinceAuth)] });
}
