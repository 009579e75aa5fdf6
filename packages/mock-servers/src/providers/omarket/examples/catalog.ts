// Documented O!Market examples: categories, FAQ and ad types.
import type { endpoints } from '@x/omarket/endpoints';
import type { ExamplesFor } from '../../../types';
import { ok, OMARKET_FAQ_CONTENT } from './documented';

/** Categories, FAQ and ad types: documented examples by endpoint. */
export const catalogExamples = {
  'categories.list': [
    {
      name: 'doc-example',
      source: 'seed 002 "Список категорий": [RESPONSES] 200',
      note: 'Repaired: the second category is missing its opening `{`; its `"пате"` is read as `name` (OCR, Q5); `"ad_type":[` and `"sub_categories":[` are unclosed (`[]`); `]` after the list and the comma before `resultCode` are added.',
      response: {
        status: 200,
        body: {
          result: [
            {
              id: 368,
              parent: null,
              name: 'Тест категория',
              parent_filters: false,
              delivery: true,
              order_num: 99999,
              is_popular: false,
              has_map: false,
              required_price: true,
              icon_img: '',
              dark_icon_img: '',
              category_type: '',
              linked_category: [],
              filters: [],
              ad_type: [],
              has_dynamic_filter: false,
              sub_categories: [],
            },
            {
              id: 553,
              parent: null,
              name: 'Виды спорта',
              parent_filters: false,
              delivery: true,
              order_num: 0,
              is_popular: false,
              has_map: false,
              required_price: true,
              icon_img: '',
              dark_icon_img: '',
              category_type: '',
              linked_category: [750],
              filters: [6],
              ad_type: [],
              has_dynamic_filter: false,
              sub_categories: [],
            },
          ],
          ...ok,
        },
      },
    },
  ],
  'faq.list': [
    {
      name: 'doc-example',
      source: 'seed 002 "FAQ": [RESPONSES] 200',
      note: 'Repaired: each `content` string is broken over several lines by the page width (rejoined without the line breaks, which fall mid-word); the trailing comma after the last entry is removed. The text artefacts `0!Маркет` (zero), `З.` (Cyrillic Ze for 3) and `</р>` (Cyrillic р) are kept (Q13).',
      response: {
        status: 200,
        body: {
          count: 2,
          next: null,
          previous: null,
          results: [
            { id: 30, title: 'Что может делать модератор', content: OMARKET_FAQ_CONTENT },
            { id: 29, title: 'Что может делать модератор', content: OMARKET_FAQ_CONTENT },
          ],
        },
      },
    },
  ],
  'adTypes.list': [
    {
      name: 'peer-example',
      source: 'constructed: the Kotlin peer client\'s DTO for the undocumented ad_type/list ({count, results: [{id, code_value, name}]})',
      note: 'Unverified endpoint; the one value `sell` is the only ad_type seen in the docs, its name is the mock\'s.',
      response: { status: 200, body: { result: { count: 1, results: [{ id: 1, code_value: 'sell', name: 'Продажа' }] }, ...ok } },
    },
  ],
} as const satisfies Partial<ExamplesFor<typeof endpoints>>;
