// Documented O!Market examples (seed 002), keyed by endpoint. The seed's JSON is broken almost
// everywhere (it was OCRed from a rendered page: fact sheet Q3, Q16): every example below is the
// hand-repaired, valid version, and its `note` lists each repair. Examples the docs do not print
// (error scenarios, the undocumented endpoints, upload requests) are constructed and say so.
import type { endpoints } from '@x/omarket/endpoints';
import type { ExamplesFor } from '../../../types';
import { adsExamples } from './ads';
import { authExamples } from './auth';
import { catalogExamples } from './catalog';
import { imagesExamples } from './images';

export { docCarsCategory, docListedAd, docMakeFilter, EMPTY_CATEGORY, OMARKET_DEMO_USER, OMARKET_FAQ_CONTENT, OMARKET_MOCK_ERRORS } from './documented';

/** Every O!Market endpoint's documented examples. */
export const omarketExamples = { ...authExamples, ...adsExamples, ...imagesExamples, ...catalogExamples } as const satisfies ExamplesFor<typeof endpoints>;
