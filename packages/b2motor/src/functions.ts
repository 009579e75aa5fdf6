// One standalone function per b2motor endpoint, over a configuration-only client
// (`createB2motorCore`): an app that imports one function bundles one endpoint. The registry test
// (functions.test.ts) checks this list against src/endpoints/index.ts, key for key.
import { endpointFunction } from '@x/core/provider';
import { basketAdd as basketAddEndpoint } from './endpoints/basket/add';
import { basketClear as basketClearEndpoint } from './endpoints/basket/clear';
import { basketDelete as basketDeleteEndpoint } from './endpoints/basket/delete';
import { basketEdit as basketEditEndpoint } from './endpoints/basket/edit';
import { basketList as basketListEndpoint } from './endpoints/basket/list';
import { ordersAdd as ordersAddEndpoint } from './endpoints/orders/add';
import { ordersList as ordersListEndpoint } from './endpoints/orders/list';
import { searchProduct as searchProductEndpoint } from './endpoints/search/product';

/** Search offers by part number and brand; analogues included unless `isAnalog: false`. */
export const searchProduct = /* @__PURE__ */ endpointFunction('b2motor', 'search.product', searchProductEndpoint);
/** Add lines to the basket; a line already there gets its quantity increased. Not retried. */
export const basketAdd = /* @__PURE__ */ endpointFunction('b2motor', 'basket.add', basketAddEndpoint);
/** Replace the quantity of one basket line (1 when omitted). Not retried. */
export const basketEdit = /* @__PURE__ */ endpointFunction('b2motor', 'basket.edit', basketEditEndpoint);
/** Delete one or more basket lines. Not retried. */
export const basketDelete = /* @__PURE__ */ endpointFunction('b2motor', 'basket.delete', basketDeleteEndpoint);
/** Empty the basket. Not retried. */
export const basketClear = /* @__PURE__ */ endpointFunction('b2motor', 'basket.clear', basketClearEndpoint);
/** List the basket; `status: 0` means some lines cannot be ordered (not an error). */
export const basketList = /* @__PURE__ */ endpointFunction('b2motor', 'basket.list', basketListEndpoint);
/** Order basket lines (all when `basketId` is omitted); `orders` is always an array. Not retried. */
export const ordersAdd = /* @__PURE__ */ endpointFunction('b2motor', 'orders.add', ordersAddEndpoint);
/** List orders (`format: 1` adds lines), or one order in detail by `number`. */
export const ordersList = /* @__PURE__ */ endpointFunction('b2motor', 'orders.list', ordersListEndpoint);
