// Categories as category/list returns them, and as they are embedded in ads (fact sheet §5.3).
import * as v from 'valibot';

/** Fields every category has, in both its listed and its embedded form. */
const categoryFields = {
  name: v.string(),
  parent_filters: v.boolean(),
  delivery: v.boolean(),
  /** `null` in a fresh draft's empty category. */
  order_num: v.nullable(v.number()),
  is_popular: v.boolean(),
  has_map: v.boolean(),
  required_price: v.boolean(),
  /** Icon URL or `""`. */
  icon_img: v.string(),
  /** Dark-theme icon URL or `""`. */
  dark_icon_img: v.string(),
  /** `""` or `null`. */
  category_type: v.nullable(v.string()),
  /** Usually a boolean or `null`; one doc sample prints `11` (fact sheet Q3), so numbers are read too. */
  has_dynamic_filter: v.nullable(v.union([v.boolean(), v.number()])),
  /** Ids of linked categories. */
  linked_category: v.array(v.number()),
};

/** The parent of an embedded category: the same fields, one level (its own parent kept as sent). */
const embeddedParent = v.object({
  id: v.optional(v.number()),
  ...categoryFields,
  icon: v.optional(v.nullable(v.string())),
  dark_icon: v.optional(v.nullable(v.string())),
  parent: v.nullable(v.unknown()),
  filters: v.optional(v.array(v.number())),
});

/** A category embedded in an ad (with `icon`/`dark_icon`, and its parent as an object). */
export const embeddedCategory = v.object({
  /** Absent in a fresh draft's empty category. */
  id: v.optional(v.number()),
  ...categoryFields,
  /** Server-side icon path or `null`. */
  icon: v.optional(v.nullable(v.string())),
  dark_icon: v.optional(v.nullable(v.string())),
  parent: v.nullable(embeddedParent),
  /** Filter ids; absent in a fresh draft's empty category. */
  filters: v.optional(v.array(v.number())),
});

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
export const category: v.GenericSchema<Category> = v.pipe(
  v.object({
    id: v.number(),
    parent: v.nullable(v.number()),
    ...categoryFields,
    filters: v.array(v.number()),
    ad_type: v.array(v.number()),
    sub_categories: v.array(v.lazy(() => category)),
  }),
  // The name a recursive schema gets in generated documents (OpenAPI `components.schemas.Category`).
  v.title('Category'),
);

/** A category embedded in an ad. */
export type EmbeddedCategory = v.InferOutput<typeof embeddedCategory>;
