// `@x/onliner-second/endpoints`: the endpoint registry, provider and shared rules, for the mocks,
// contract tests and tooling.
export { onlinerSecondProvider, ONLINER_SECOND_HOSTS } from './provider';
export { endpoints } from './endpoints/index';
export { ACCESS_DENIED, INVALID_TOKEN, classifyOAuthError, classifyOnlinerSecond, fieldErrors } from './classify';
export { amount, offer, photo } from './schemas/offer';
export { uploadTask } from './schemas/upload';
export { offerState } from './endpoints/offers/list';
export { importReport } from './endpoints/import-report/get';
export { offerErrors } from './endpoints/import-report/errors';
export { isOnlinerHostedUrl, offerIssues } from './offer-rules';
export { isTownId, townById, townByName, towns } from './towns';
export { IMAGE_STATUSES, IMPORT_STATUSES, OFFER_STATUS_CODES, OFFER_STATUSES } from './statuses';
