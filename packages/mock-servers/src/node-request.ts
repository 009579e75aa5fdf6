// A node:http request as the mock engine's `RawRequest`, without building a WHATWG URL per
// request: the path and query are read from `req.url` directly when that gives exactly what
// `new URL()` would, and the URL object is built only if something asks for it.
import type { RawRequest } from './types';

/**
 * A request target whose path `new URL()` keeps exactly as written: starts with one `/`, only
 * characters the URL parser leaves alone in a path, no dot segments (`.`, `..`, `%2e`) and no
 * backslash. Anything else (rare) takes the URL parser.
 */
const PLAIN_PATH = /^\/(?!\/)[A-Za-z0-9\-_~!$&'()*+,;=:@/.%]*$/;
const DOT_SEGMENT = /(?:^|\/)\.\.?(?:\/|$)|%2e/i;
/**
 * A query `new URL()` keeps exactly as written: printable ASCII without `#` and without what the
 * parser escapes in a query of an http URL (`"`, `'`, `<`, `>`).
 */
const PLAIN_QUERY = /^[\x21\x24-\x26\x28-\x3b\x3d\x3f-\x7e]*$/;

/**
 * The pieces of a node:http request target: its path as `URL.pathname` gives it, and its query
 * text (without `?`) when `URL.search` would give the same text; `undefined` when only the URL
 * parser can say.
 *
 * @internal
 */
export function splitTarget(target: string): { pathname: string; query: string } | undefined {
  const mark = target.indexOf('?');
  const pathname = mark < 0 ? target : target.slice(0, mark);
  const query = mark < 0 ? '' : target.slice(mark + 1);
  if (!PLAIN_PATH.test(pathname) || DOT_SEGMENT.test(pathname) || !PLAIN_QUERY.test(query)) return undefined;
  return { pathname, query };
}

/**
 * The engine's view of a node:http request: a `RawRequest` whose `url` is a getter that builds
 * the URL on first read, with `queryText` when `splitTarget` read the query from the target.
 * A class rather than a literal with `Object.defineProperty` (which costs about a microsecond
 * per request); a spread copy leaves `url` behind, and the engine restores it for a provider's
 * `rewrite` that spreads.
 *
 * @internal
 */
export function nodeRawRequest(method: string, target: string, origin: string, headers: Headers, host: string, path: string, queryText: string | undefined, body: Uint8Array | undefined): RawRequest {
  return new NodeRawRequest(method, target, origin, headers, host, path, queryText, body);
}

class NodeRawRequest implements RawRequest {
  readonly #target: string;
  readonly #origin: string;
  #url: URL | undefined;
  constructor(
    readonly method: string,
    target: string,
    origin: string,
    readonly headers: Headers,
    readonly host: string,
    readonly path: string,
    readonly queryText: string | undefined,
    public body: Uint8Array | undefined,
  ) {
    this.#target = target;
    this.#origin = origin;
  }

  get url(): URL {
    return (this.#url ??= new URL(this.#target, this.#origin));
  }
}
