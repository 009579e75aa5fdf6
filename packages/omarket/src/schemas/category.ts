// Categories as category/list returns them, and as they are embedded in ads (fact sheet §5.3).
import * as v from 'valibot';
import { mergeEntries } from '@x/core/provider';

/** Fields every category has, in both its listed and its embedded form. */
const categoryFields = {
  name: /* @__PURE__ */ v.string(),
  parent_filters: /* @__PURE__ */ v.boolean(),
  delivery: /* @__PURE__ */ v.boolean(),
  /** `null` in a fresh draft's empty category. */
  order_num: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.number()),
  is_popular: /* @__PURE__ */ v.boolean(),
  has_map: /* @__PURE__ */ v.boolean(),
  required_price: /* @__PURE__ */ v.boolean(),
  /** Icon URL or `""`. */
  icon_img: /* @__PURE__ */ v.string(),
  /** Dark-theme icon URL or `""`. */
  dark_icon_img: /* @__PURE__ */ v.string(),
  /** `""` or `null`. */
  category_type: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  /** Usually a boolean or `null`; one doc sample prints `11` (fact sheet Q3), so numbers are read too. */
  has_dynamic_filter: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.union([/* @__PURE__ */ v.boolean(), /* @__PURE__ */ v.number()])),
  /** Ids of linked categories. */
  linked_category: /* @__PURE__ */ v.array(/* @__PURE__ */ v.number()),
};

/** The parent of an embedded category: the same fields, one level (its own parent kept as sent). */
const embeddedParent = /* @__PURE__ */ v.object(
  /* @__PURE__ */ mergeEntries(/* @__PURE__ */ mergeEntries({ id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()) }, categoryFields), {
    icon: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
    dark_icon: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
    parent: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.unknown()),
    filters: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.number())),
  }),
);

/** A category embedded in an ad (with `icon`/`dark_icon`, and its parent as an object). */
export const embeddedCategory = /* @__PURE__ */ v.object(
  /* @__PURE__ */ mergeEntries(
    /* @__PURE__ */ mergeEntries(
      {
        /** Absent in a fresh draft's empty category. */
        id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      },
      categoryFields,
    ),
    {
      /** Server-side icon path or `null`. */
      icon: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
      dark_icon: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
      parent: /* @__PURE__ */ v.nullable(embeddedParent),
      /** Filter ids; absent in a fresh draft's empty category. */
      filters: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.number())),
    },
  ),
);

/** A category as category/list returns it, with its sub-categories nested. */
export interface Category {
  id: number;
  /** Parent category id, `null` at the top level. */
  parent: number | null;
  name: string;
  parent_filters: boolean;
  delivery: boolean;
  order_num: number | null;
  is_popular: boolean;
  has_map: boolean;
  required_price: boolean;
  icon_img: string;
  dark_icon_img: string;
  category_type: string | null;
  linked_category: number[];
  /** Filter ids for this category. */
  filters: number[];
  /** Ad type ids allowed in this category. */
  ad_type: number[];
  has_dynamic_filter: boolean | number | null;
  /** Nested sub-categories (seen in peer clients; the doc examples have `[]`). */
  sub_categories: Category[];
}

/** A listed category (recursive through `sub_categories`). */
export const category: v.GenericSchema<Category> = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.object(
    /* @__PURE__ */ mergeEntries(/* @__PURE__ */ mergeEntries({ id: /* @__PURE__ */ v.number(), parent: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.number()) }, categoryFields), {
      filters: /* @__PURE__ */ v.array(/* @__PURE__ */ v.number()),
      ad_type: /* @__PURE__ */ v.array(/* @__PURE__ */ v.number()),
      sub_categories: /* @__PURE__ */ v.array(/* @__PURE__ */ v.lazy(() => category)),
    }),
  ),
  // The name a recursive schema gets in generated documents (OpenAPI `components.schemas.Category`).
  /* @__PURE__ */ v.title('Category'),
);

/** A category embedded in an ad. */
export type EmbeddedCategory = v.InferOutput<typeof embeddedCategory>;
