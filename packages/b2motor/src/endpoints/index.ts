// The b2motor endpoint registry: the shape of the client (`client.basket.add(...)`).
import { basketAdd } from './basket/add';
import { basketClear } from './basket/clear';
import { basketDelete } from './basket/delete';
import { basketEdit } from './basket/edit';
import { basketList } from './basket/list';
import { ordersAdd } from './orders/add';
import { ordersList } from './orders/list';
import { searchProduct } from './search/product';

/** Every documented b2motor operation, grouped as in the URL (`search/product/` → `search.product`). */
export const endpoints = {
  search: {
    /** Search offers by part number and brand; analogues included unless `isAnalog: false`. */
    product: searchProduct,
  },
  basket: {
    /** Add lines to the basket; a line already there gets its quantity increased. Not retried. */
    add: basketAdd,
    /** Replace the quantity of one basket line (1 when omitted). Not retried. */
    edit: basketEdit,
    /** Delete one or more basket lines. Not retried. */
    delete: basketDelete,
    /** Empty the basket. Not retried. */
    clear: basketClear,
    /** List the basket; `status: 0` means some lines cannot be ordered (not an error). */
    list: basketList,
  },
  orders: {
    /** Order basket lines (all when `basketId` is omitted); `orders` is always an array. Not retried. */
    add: ordersAdd,
    /** List orders (`format: 1` adds lines), or one order in detail by `number`. */
    list: ordersList,
  },
} as const;
