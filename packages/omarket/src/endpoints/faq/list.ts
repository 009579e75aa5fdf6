import * as v from 'valibot';
import { defineEndpoint } from '@x/core/provider';
import { page, pageQuery } from '../../schemas/common';

/** One FAQ entry; `content` is HTML, kept exactly as sent (fact sheet Q13). */
export const faqEntry = /* @__PURE__ */ v.object({
  id: /* @__PURE__ */ v.number(),
  title: /* @__PURE__ */ v.string(),
  /** HTML as sent, artefacts included (`0!Маркет`, `</р>` with a Cyrillic р). */
  content: /* @__PURE__ */ v.string(),
});

/** GET ads-board/faq/: the FAQ, paged, with no envelope. */
export const faqList = /* @__PURE__ */ defineEndpoint({
  method: 'GET',
  // No /v1 and no envelope (fact sheet Q7, Q9).
  path: '/api/ads-board/faq/',
  summary: 'List FAQ entries (paged; the page is the whole body, no envelope).',
  docs: 'seed 002 "FAQ"',
  request: { query: pageQuery },
  response: /* @__PURE__ */ page(faqEntry),
  safe: true,
  pagination: { page: 'page', items: 'results', end: { next: 'next' } },
});

/** A FAQ entry. */
export type FaqEntry = v.InferOutput<typeof faqEntry>;
