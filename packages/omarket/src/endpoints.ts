// `@x/omarket/endpoints`: the endpoint registry and provider, for mocks, contract tests and tooling.
export { omarketProvider, OMARKET_STAGING_URL } from './provider';
export { endpoints } from './endpoints/index';
export { classifyOmarket, providerMessage, OMARKET_REASONS } from './classify';
export { adCard, adDetail, adFull, adStatus, expandedFilter, myAdsStatus } from './schemas/ad';
export { category, embeddedCategory } from './schemas/category';
export { adFields, categoryFilter, mainFilters, msisdn } from './schemas/input';
export { faqEntry } from './endpoints/faq/list';
export { adType } from './endpoints/ad-types/list';
