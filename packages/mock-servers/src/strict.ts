// Strict mocks: a request in a form the documents do not show (another body encoding, a path
// without its documented trailing slash, a query parameter nobody documented) is refused with a
// 400 problem that names each violation and the documented form, the way Prism reports request
// violations. `lenient` mocks skip this and keep accepting such forms.
import { type AnyEndpoint, type BodyEncoding } from '@x/core/provider';
import { objectEntries } from '@x/core/internal';
import type { DocumentedForms, MockResponse } from './types';
import { MOCK_ERROR_HEADER } from './scenarios';

export type { DocumentedForms } from './types';

/** The media type of each body encoding. */
export const MEDIA_TYPES: Readonly<Record<BodyEncoding, string>> = {
  json: 'application/json',
  form: 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data',
};

/** One violation, Prism-style: where, a code, what is wrong and what is documented. */
export interface FormViolation {
  /** `['header', 'content-type']`, `['path']`, `['query', 'name']`, `['body']`. */
  location: string[];
  code: 'encoding' | 'trailing-slash' | 'unknown-parameter' | 'unexpected-body';
  message: string;
  /** The documented form. */
  documented: string;
}

/** What the check needs of a request (after the provider's rewrite). */
export interface FormCheckRequest {
  path: string;
  headers: Headers;
  body: Uint8Array | undefined;
  /** Query with brackets parsed (top-level names). */
  query: Record<string, unknown>;
  /** The decoded body (JSON value or form fields), when there is one. */
  decodedBody?: unknown;
}

function mediaType(value: string | null): string {
  return (value ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The body encodings an endpoint's documents show (its `accepts`, else its `encoding`). */
export function documentedEncodings(endpoint: AnyEndpoint): readonly BodyEncoding[] {
  return endpoint.accepts ?? (endpoint.encoding ? [endpoint.encoding] : []);
}

/** Whether a schema (through pipes) is a plain object: one that names every field it takes. */
function isClosedObject(schema: unknown): boolean {
  let node = schema as { type?: string; pipe?: unknown[] } | undefined;
  while (node?.pipe) node = node.pipe[0] as typeof node;
  return node?.type === 'object' || node?.type === 'strict_object';
}

/**
 * The ways a request departs from its endpoint's documented form. `allowed` names query
 * parameters that are not SDK input but are documented (credentials).
 */
export function formViolations(endpoint: AnyEndpoint, request: FormCheckRequest, allowed: readonly string[], forms: DocumentedForms = NO_FORMS): FormViolation[] {
  const violations: FormViolation[] = [];
  const documentedPath = endpoint.path;
  if ((forms.trailingSlash ?? 'exact') === 'exact' && request.path !== '/' && request.path.endsWith('/') !== documentedPath.endsWith('/')) {
    violations.push({
      location: ['path'],
      code: 'trailing-slash',
      message: documentedPath.endsWith('/') ? `${request.path} lacks the trailing slash` : `${request.path} has a trailing slash`,
      documented: documentedPath,
    });
  }

  const hasBody = request.body !== undefined && request.body.byteLength > 0;
  const encodings = documentedEncodings(endpoint);
  if (hasBody) {
    const sent = mediaType(request.headers.get('content-type'));
    const types = encodings.map((e) => MEDIA_TYPES[e]);
    const onlyCredentials =
      request.decodedBody !== null && typeof request.decodedBody === 'object' && Object.keys(request.decodedBody).length > 0 && Object.keys(request.decodedBody).every((k) => allowed.includes(k));
    if (!endpoint.request?.body && onlyCredentials) {
      // Credentials in an otherwise empty body (7offers: "POST, PUT, DELETE parameters in the body").
    } else if (!endpoint.request?.body) {
      violations.push({ location: ['body'], code: 'unexpected-body', message: `a body (${sent || 'no content type'}) where none is documented`, documented: 'no body' });
    } else if (!types.includes(sent)) {
      violations.push({
        location: ['header', 'content-type'],
        code: 'encoding',
        message: sent ? `the body is ${sent}` : 'the body has no content type',
        documented: types.join(' or '),
      });
    }
  }

  const known = knownQueryNames(endpoint, allowed, forms);
  if (known) {
    for (const name of Object.keys(request.query)) {
      if (known.has(name)) continue;
      violations.push({
        location: ['query', name],
        code: 'unknown-parameter',
        message: `query parameter ${JSON.stringify(name)} is not documented for this request`,
        documented: known.size > 0 ? [...known].join(', ') : 'no query parameters',
      });
    }
  }
  return violations;
}

const NO_FORMS: DocumentedForms = Object.freeze({});

/** Per endpoint: the query names a strict mock accepts, or `null` when the query schema is open. */
const knownNames = new WeakMap<AnyEndpoint, { allowed: readonly string[]; forms: DocumentedForms; known: ReadonlySet<string> | null }>();

/** The documented query names of an endpoint plus `allowed` and the provider's extra forms (computed once per endpoint). */
function knownQueryNames(endpoint: AnyEndpoint, allowed: readonly string[], forms: DocumentedForms): ReadonlySet<string> | null {
  const cached = knownNames.get(endpoint);
  if (cached && cached.allowed === allowed && cached.forms === forms) return cached.known;
  const query = endpoint.request?.query;
  const names = objectEntries(query);
  const known = !query || (names && isClosedObject(query)) ? new Set([...Object.keys(names ?? {}), ...allowed, ...(forms.queryNames ?? [])]) : null;
  knownNames.set(endpoint, { allowed, forms, known });
  return known;
}

/** The 400 a strict mock answers: `application/problem+json` with the violation list. */
export function problemResponse(provider: string, key: string, endpoint: AnyEndpoint, violations: readonly FormViolation[]): MockResponse {
  const detail = `${provider} ${key}: ${violations.map((v) => `${v.location.join('.')}: ${v.message} (documented: ${v.documented})`).join('; ')}`;
  return {
    status: 400,
    headers: { 'content-type': 'application/problem+json; charset=utf-8', [MOCK_ERROR_HEADER]: `undocumented request form: ${detail}`.replace(/[^\x20-\x7e]/g, '?') },
    body: {
      type: 'urn:x-mock:undocumented-request-form',
      title: 'The request does not have the documented form',
      status: 400,
      detail: `${detail}. Strict mocks refuse forms the documents do not show; run the mock lenient (option lenient, x-mock --lenient) to accept them.`,
      documented: {
        method: endpoint.method,
        path: endpoint.path,
        encodings: documentedEncodings(endpoint).map((e) => MEDIA_TYPES[e]),
      },
      validation: violations.map((v) => ({ ...v, severity: 'Error' })),
    },
  };
}
