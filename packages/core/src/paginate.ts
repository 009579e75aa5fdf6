// paginate: an async iterator over the items (or pages) of any paged endpoint, driven by its field names.
import { AbortError, ResponseValidationError } from './errors';
import type { CallOptions } from './call-endpoint';
import type { EndpointMethod } from './create-client';
import type { AnyEndpoint, Endpoint, InputOf, OutputOf, PaginationSpec } from './define-endpoint';

type PathValue<T, P extends string> = P extends ''
  ? T
  : P extends `${infer H}.${infer R}`
    ? H extends keyof NonNullable<T>
      ? PathValue<NonNullable<NonNullable<T>[H]>, R>
      : unknown
    : P extends keyof NonNullable<T>
      ? NonNullable<T>[P]
      : unknown;

type SpecOf<E> = E extends Endpoint<any, any, infer P> ? P : never;

/** The item type of a paged endpoint (element of the array at `pagination.items`). */
export type ItemOf<E extends AnyEndpoint> =
  SpecOf<E> extends PaginationSpec ? (PathValue<OutputOf<E>, SpecOf<E>['items']> extends ReadonlyArray<infer I> ? I : unknown) : never;

/** The input of a paged endpoint without its page field (the iterator owns it). */
export type PagedInputOf<E extends AnyEndpoint> = SpecOf<E> extends PaginationSpec ? Omit<InputOf<E>, SpecOf<E>['page']> & { [K in SpecOf<E>['page']]?: number } : never;

/** Limits and cancellation for `paginate`. */
export interface PaginateOptions extends CallOptions {
  /** Stop after this many pages. */
  maxPages?: number;
  /** Stop after this many items. */
  maxItems?: number;
}

/** Items as an async iterable, plus the pages themselves. */
export interface Paginator<Item, Page> extends AsyncIterable<Item> {
  /** Iterate whole pages (the method's output) instead of items. */
  pages(): AsyncIterable<Page>;
  /** Collect every item (respecting `maxItems` / `maxPages`). */
  toArray(): Promise<Item[]>;
}

/** Read a dotted path (`result.results`) from a value. */
export function getPath(value: unknown, path: string): unknown {
  if (path === '') return value;
  let current = value;
  for (const segment of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[segment];
  }
  return current;
}

/**
 * Walk every page of a paged endpoint. Stops on the endpoint's end signal, on an empty page,
 * at `maxPages` / `maxItems`, or when `signal` aborts.
 *
 * @example
 * for await (const ad of paginate(client.ads.list, {}, { maxItems: 500 })) console.log(ad.title);
 */
export function paginate<E extends AnyEndpoint>(
  method: EndpointMethod<E>,
  input?: PagedInputOf<E>,
  options: PaginateOptions = {},
): Paginator<ItemOf<E>, OutputOf<E>> {
  const spec = method.endpoint.pagination as PaginationSpec | undefined;
  if (!spec) throw new TypeError(`${method.key} is not a paged endpoint`);
  const { maxPages = Number.POSITIVE_INFINITY, maxItems = Number.POSITIVE_INFINITY, ...callOptions } = options;
  const call = method as (i: unknown, o: CallOptions) => Promise<unknown>;

  async function* pages(): AsyncGenerator<{ page: OutputOf<E>; items: ItemOf<E>[] }> {
    let pageNumber = Number((input as Record<string, unknown> | undefined)?.[spec!.page] ?? spec!.firstPage ?? 1);
    for (;;) {
      if (callOptions.signal?.aborted) throw new AbortError(`${method.key} pagination was aborted`, { endpoint: method.key });
      const page = (await call({ ...input, [spec!.page]: pageNumber }, callOptions)) as OutputOf<E>;
      const list = getPath(page, spec!.items);
      if (!Array.isArray(list)) throw new TypeError(`${method.key}: expected an array at "${spec!.items}" in the page`);
      const echoed = spec!.echo === undefined ? pageNumber : getPath(page, spec!.echo);
      if (echoed !== undefined && list.length > 0 && Number(echoed) !== pageNumber) {
        // A server that ignores the page parameter would repeat the same items forever.
        throw new ResponseValidationError(`${method.key}: asked for page ${pageNumber}, got page ${String(echoed)}; stopped to avoid repeating items`, {
          endpoint: method.key,
          issues: [{ path: spec!.echo ?? '', message: `Expected page ${pageNumber}`, received: String(echoed) }],
          status: 200,
          body: { [spec!.echo ?? 'page']: echoed },
        });
      }
      yield { page, items: list as ItemOf<E>[] };
      // No echoed page number: the list is not paged after all, everything came at once.
      if (list.length === 0 || echoed === undefined) return;
      const next = nextPage(spec!, page, pageNumber, list.length);
      if (next === undefined || next <= pageNumber) return;
      pageNumber = next;
    }
  }

  return toPaginator(pages, { maxPages, maxItems });
}

/**
 * Turn a source of pages (each with its items) into a Paginator that honours `maxPages` and
 * `maxItems`. `paginate` is built on it; use it for lists that need their own page walk.
 */
export function toPaginator<Item, Page>(
  source: () => AsyncIterable<{ page: Page; items: readonly Item[] }>,
  limits: { maxPages?: number; maxItems?: number } = {},
): Paginator<Item, Page> {
  const { maxPages = Number.POSITIVE_INFINITY, maxItems = Number.POSITIVE_INFINITY } = limits;
  async function* walk(): AsyncGenerator<{ page: Page; items: Item[] }> {
    if (maxPages < 1 || maxItems < 1) return;
    let pages = 0;
    let items = 0;
    for await (const { page, items: list } of source()) {
      const room = maxItems - items;
      const taken = list.length > room ? list.slice(0, room) : [...list];
      items += taken.length;
      pages++;
      yield { page, items: taken };
      if (pages >= maxPages || items >= maxItems) return;
    }
  }
  return {
    async *[Symbol.asyncIterator]() {
      for await (const { items } of walk()) yield* items;
    },
    async *pages() {
      for await (const { page } of walk()) yield page;
    },
    async toArray() {
      const all: Item[] = [];
      for await (const { items } of walk()) all.push(...items);
      return all;
    },
  };
}

function nextPage(spec: PaginationSpec, page: unknown, current: number, count: number): number | undefined {
  const end = spec.end;
  if (end === 'empty') return current + 1;
  if ('pageSize' in end) return count < end.pageSize ? undefined : current + 1;
  if ('last' in end) {
    const at = Number(getPath(page, end.current) ?? current);
    const last = Number(getPath(page, end.last));
    return Number.isFinite(last) && at < last ? at + 1 : undefined;
  }
  const next = getPath(page, end.next);
  if (next === null || next === undefined || next === '') return undefined;
  if (typeof next === 'number') return next;
  const text = String(next);
  if (/^\d+$/.test(text)) return Number(text);
  // A next-page URL: take its `page` parameter.
  const match = /[?&]page=(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}
