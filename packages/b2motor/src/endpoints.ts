// `@x/b2motor/endpoints`: the endpoint registry and provider, for mocks, contract tests and tooling.
export { b2motorProvider } from './provider';
export { endpoints } from './endpoints/index';
export { AUTH_ERROR_CODE, classifyB2motor, classifyOrdersAdd, lineFailures, orderLineFailures } from './classify';
export { newPosition } from './endpoints/basket/add';
export { ANALOG, searchItem } from './endpoints/search/product';
export { basketPosition, order } from './schemas/common';
export { md5Hex } from './md5';
