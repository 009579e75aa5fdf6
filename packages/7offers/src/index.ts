// Public API of @x/7offers.
//
// Two ways to call: the convenient client (`createSevenOffers()`, every resource as a property), or
// a configuration-only client with standalone functions (`createSevenOffersCore()` +
// `goalList(core, ...)`, `resourceClient(core, offerResource)`), so a browser app bundles only what it imports.
export { createSevenOffers, RESERVED_KEYS } from './client';
export type { LooseFieldValues, LooseFilter, ResourcesOf, SevenOffersClient, SevenOffersOptions } from './client';
export { createSevenOffersCore } from './core';
export type { SevenOffersCore, SevenOffersCoreOptions } from './core';
export { geoList, geoView, goalCreate, goalDelete, goalDeleteViaPost, goalList, goalUpdate, goalView } from './functions';
export { resourceFunction } from './resource-function';
export type { ResourceEndpointAt } from './resource-function';
export { resourceClient } from './resource-client';
export type { DeleteOptions, GenericResourceClient, ResourceClientOf, ResourceClientOptions, ResourceInfo, ResourceMethods } from './resource-client';
export { defaultResources, unverifiedResources } from './endpoints/index';
export { defineSevenOffersProvider, SEVEN_OFFERS_BASE_URL, sevenOffersProvider } from './provider';
export type { EndpointsOf, ResourceSet, SevenOffersProviderOptions } from './provider';
export { classifySevenOffers, fieldErrors, hasReason, isSevenOffersError, SEVEN_OFFERS_REASONS } from './classify';
export type { SevenOffersError, SevenOffersErrorDetails, SevenOffersReason } from './classify';
export { ACTIONS, defineResource, formValue, isResource, looseFields, filterId, objectId, refId, resourceEndpoints, ROLES, wireId } from './resource';
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
export { geoResource } from './resources/geo';
export type { Geo } from './resources/geo';
export { goalResource } from './resources/goal';
export type { Goal } from './resources/goal';
export { categoryResource } from './resources/unverified/category';
export type { Category } from './resources/unverified/category';
export { leadResource } from './resources/unverified/lead';
export type { Lead } from './resources/unverified/lead';
export { newsResource } from './resources/unverified/news';
export type { News } from './resources/unverified/news';
export { offerResource } from './resources/unverified/offer';
export type { Offer } from './resources/unverified/offer';
export { promoResource } from './resources/unverified/promo';
export type { Promo } from './resources/unverified/promo';
export { statResource } from './resources/unverified/stat';
export type { Stat } from './resources/unverified/stat';
// Errors, guards, paginate, bind and the call types: core's apps surface, the same in every SDK.
export * from '@x/core';
