// bindHelpers: a provider's standalone helpers (batches, "every page" iterators...) added to its
// convenient client, group by group, without listing the client's endpoint methods by hand: every
// method `bindRegistry` built stays, so an endpoint declared in the registry is a method at run time.
import type { ClientCore } from './create-client';

/** A standalone helper: takes the configuration-only client first, like an endpoint function. */
export type Helper = (core: ClientCore<any>, ...args: any[]) => unknown;

/** Standalone helpers by the client path they join (`{ services: { addAll: addAllServices } }`). */
export type HelperTree = { readonly [name: string]: Helper | HelperTree };

/** A helper with its client argument bound: `addAllServices(core, items)` → `addAll(items)`. */
export type BoundHelper<F> = F extends (core: ClientCore<any>, ...args: infer A) => infer R ? (...args: A) => R : never;

/** The methods a helper tree gives a client (each keeps the JSDoc of its key in the tree). */
export type BoundHelpers<H> = { readonly [K in keyof H]: H[K] extends Helper ? BoundHelper<H[K]> : BoundHelpers<H[K]> };

/**
 * A client tree with helpers merged in: every member of `C` as it is (groups merged with the
 * helpers of the same path), plus the helpers `C` does not have.
 */
export type WithHelpers<C, H> = { readonly [K in keyof C]: K extends keyof H ? (H[K] extends Helper ? never : WithHelpers<C[K], H[K]>) : C[K] } & BoundHelpers<Omit<H, keyof C>>;

function isGroup(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Add a provider's standalone helpers to its convenient client (the tree `bindRegistry` built),
 * bound to the same configuration-only client. Nothing of the client is listed by hand: every
 * member it has is kept. A helper whose name is already a member is a mistake of the provider
 * package, refused with a TypeError when the client is built.
 *
 * @example
 * const quince = bindHelpers(core, bindRegistry(core, endpoints), { services: { addAll: addAllServices } });
 * await quince.services.addAll(items); // = addAllServices(core, items)
 */
export function bindHelpers<C extends object, const H extends HelperTree>(core: ClientCore, client: C, helpers: H): WithHelpers<C, H> {
  const merge = (node: Record<string, unknown>, tree: HelperTree, path: string): Record<string, unknown> => {
    const out: Record<string, unknown> = { ...node };
    for (const [name, helper] of Object.entries(tree)) {
      const at = path ? `${path}.${name}` : name;
      const existing = out[name];
      if (typeof helper === 'function') {
        if (existing !== undefined) throw new TypeError(`bindHelpers: "${at}" is already a member of the client`);
        out[name] = Object.defineProperty((...args: unknown[]) => helper(core, ...args), 'name', { value: at });
      } else {
        if (existing !== undefined && !isGroup(existing)) throw new TypeError(`bindHelpers: "${at}" is a method of the client, not a group`);
        out[name] = merge(existing ?? {}, helper, at);
      }
    }
    return Object.freeze(out);
  };
  return merge(client as Record<string, unknown>, helpers, '') as WithHelpers<C, H>;
}
