// 7offers list paging, as an answer for `scriptedFetch` from `@x/core/testing`.
import type { ScriptedAnswer } from '@x/core/testing';

/** A paged list server over `total` numbered objects (`{ id }`), honouring page / per_page. */
export function pagedList(total: number): ScriptedAnswer {
  return (_request, recorded) => {
    const page = Number(recorded.parsedURL.searchParams.get('page') ?? 1);
    const perPage = Number(recorded.parsedURL.searchParams.get('per_page') ?? 100);
    const ids = Array.from({ length: total }, (_, i) => i + 1);
    return { body: { objects: ids.slice((page - 1) * perPage, page * perPage).map((id) => ({ id })), total_count: total, per_page: perPage, page } };
  };
}
