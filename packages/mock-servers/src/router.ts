// Routes derived from endpoint definitions: path templates compiled once, matched per request.
import type { AnyEndpoint, Provider } from '@x/core/provider';

/** One derived route. */
export interface Route {
  key: string;
  endpoint: AnyEndpoint;
  host: string;
  method: string;
  pattern: RegExp;
  params: readonly string[];
}

/** What matching a path found. */
export type RouteMatch =
  | { kind: 'route'; route: Route; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

function compile(template: string): { pattern: RegExp; params: string[] } {
  const params: string[] = [];
  const body = template
    .replace(/^\/+/, '')
    .replace(/\/+$/, '')
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const m = /^\{([^}]+)\}$/.exec(part);
      if (m) {
        params.push(m[1] as string);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  // A missing or extra trailing slash still matches (O!Market's paths are inconsistent about it).
  return { pattern: new RegExp(`^/${body}/?$`), params };
}

/** The route table of a provider: literal routes win over parameterised ones. */
export function deriveRoutes(provider: Provider<any>): Route[] {
  const routes = provider.operations.map(({ key, endpoint }) => ({
    key,
    endpoint,
    host: endpoint.host ?? 'main',
    method: endpoint.method,
    ...compile(endpoint.path),
  }));
  return routes.sort((a, b) => a.params.length - b.params.length || b.pattern.source.length - a.pattern.source.length);
}

/** Find the route for a method and a path relative to a host's base. */
export function matchRoute(routes: readonly Route[], host: string, method: string, path: string): RouteMatch {
  const normalized = `/${path.replace(/^\/+/, '')}`;
  const allowed: string[] = [];
  for (const route of routes) {
    if (route.host !== host) continue;
    const m = route.pattern.exec(normalized);
    if (!m) continue;
    if (route.method !== method) {
      // Two endpoints may share a path and a method (a quirk alias): name each method once.
      if (!allowed.includes(route.method)) allowed.push(route.method);
      continue;
    }
    const params: Record<string, string> = {};
    route.params.forEach((name, i) => {
      params[name] = safeDecode(m[i + 1] as string);
    });
    return { kind: 'route', route, params };
  }
  return allowed.length > 0 ? { kind: 'method-not-allowed', allowed } : { kind: 'not-found' };
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A cached `matchRoute` for one route table: answers for literal paths (no parameters), unknown
 * paths and wrong methods are remembered (up to 512 distinct requests, then the cache starts over).
 */
export function routeMatcher(routes: readonly Route[]): (host: string, method: string, path: string) => RouteMatch {
  const cache = new Map<string, RouteMatch>();
  return (host, method, path) => {
    const key = `${host} ${method} ${path}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const match = matchRoute(routes, host, method, path);
    if (match.kind !== 'route' || match.route.params.length === 0) {
      if (cache.size >= 512) cache.clear();
      if (match.kind === 'route') Object.freeze(match.params);
      cache.set(key, match);
    }
    return match;
  };
}
