// `@x/7offers/endpoints`: resource definitions, endpoint registry and provider, for mocks, contract tests and tooling.
export { defaultResources, unverifiedResources } from './endpoints/index';
export { defineSevenOffersProvider, endpoints, SEVEN_OFFERS, SEVEN_OFFERS_BASE_URL, sevenOffersEndpoints, sevenOffersProvider } from './provider';
export type { EndpointsOf, ResourceSet, SevenOffersProviderOptions } from './provider';
export { classifySevenOffers, SEVEN_OFFERS_REASONS } from './classify';
export {
  ACTIONS,
  defineResource,
  formValue,
  isResource,
  looseFields,
  objectId,
  pageFields,
  pageParam,
  perPageParam,
  resourceEndpoints,
  ROLES,
  wireId,
} from './resource';
export type {
  Action,
  ActionsOf,
  AnyResource,
  CreateEndpoint,
  DeleteEndpoint,
  FieldsOf,
  FilterOf,
  FilterOutOf,
  FormValue,
  IdPath,
  IsPaged,
  ItemInputOf,
  ItemOf,
  ListEndpoint,
  ListPage,
  ListPageInput,
  ListPagination,
  LooseFields,
  ObjectId,
  PageInput,
  Resource,
  ResourceConfig,
  ResourceEndpointOptions,
  ResourceEndpoints,
  Role,
  UpdateEndpoint,
  UpdateFieldsOf,
  ViewEndpoint,
} from './resource';
export { geoItem, geoResource } from './resources/geo';
export { goalFields, goalFilter, goalItem, goalResource } from './resources/goal';
export { categoryResource } from './resources/unverified/category';
export { leadResource } from './resources/unverified/lead';
export { newsResource } from './resources/unverified/news';
export { offerResource } from './resources/unverified/offer';
export { promoResource } from './resources/unverified/promo';
export { statResource } from './resources/unverified/stat';
