// O!Market reference data: the category tree and the FAQ (ad types replay their example).
import type { omarketProvider } from '@x/omarket/endpoints';
import type { ProviderMockDefinition } from '../../types';
import type { OmarketState } from './store';
import { envelope, isResponse, listCategory, paged } from './views';


type Resolvers = NonNullable<ProviderMockDefinition<typeof omarketProvider.endpoints, OmarketState>['resolvers']>;

/** Categories and the FAQ. */
export const catalogResolvers = {
  'categories.list'({ state }) {
    const all = state.categories.findMany(undefined, { orderBy: { id: 'asc' } });
    return envelope(all.filter((c) => c.parent === null).map((c) => listCategory(all, c)));
  },

  'faq.list'({ input, state }) {
    const entries = state.faq.findMany(undefined, { orderBy: { id: 'desc' } }).map(({ id, title, content }) => ({ id, title, content }));
    const page = paged(entries, input.query.page, state.config.pageSize);
    // No envelope around the FAQ page (Q7).
    return isResponse(page) ? page : { status: 200, body: page };
  }
} satisfies Resolvers;
