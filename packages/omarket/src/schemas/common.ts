// Shapes shared by every O!Market ads-board endpoint: the envelope, DRF-style pages, page numbers.
import * as v from 'valibot';
import { integer, type AnySchema } from '@x/core/provider';

/**
 * The ads-board envelope around a success: `{result, resultCode: "SUCCESS", details, errorCode}`.
 * A `resultCode` other than `"SUCCESS"` never reaches this schema: the classifier turns it into
 * an error first, whatever the HTTP status and `errorCode` (fact sheet Q6).
 */
export function envelope<const S extends AnySchema>(result: S) {
  return v.object({
    /** The payload (object, array, string or `[]` depending on the endpoint). */
    result,
    resultCode: v.literal('SUCCESS'),
    /** `""`, `"Updated"`, `"Deleted"`, `"Uploaded"`. */
    details: v.string(),
    /** `0` on success (and, oddly, on `FAIL` too). */
    errorCode: v.number(),
  });
}

/** A page link: an absolute http(s) URL, or a path or query relative to the host (`/api/...?page=2`). */
const pageLink = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string(),
  /* @__PURE__ */ v.regex(/^(?:https?:\/\/|\/|\?)\S*$/i, 'Expected a page number or a page URL'),
);

/**
 * The next or previous page as the provider sends it in `next` / `previous`: a page number (the
 * documented examples), a numeric string (the Kotlin peer types it as a string; `"2"` is read as
 * `2`), a page URL (Django REST framework's default, kept as the string), or `null` (fact sheet
 * Q10). `paginate` reads the `page` parameter of a URL.
 */
export const pageNumber = /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.union([/* @__PURE__ */ integer(), pageLink]));

/**
 * A DRF-style page: `{count, next, previous, results}`; `next`/`previous` are page numbers or page
 * URLs, `null` at either end.
 */
export function page<const S extends AnySchema>(item: S) {
  return v.object({
    /** Total number of items across all pages. */
    count: v.number(),
    /** Next page (number, or URL with `?page=`), `null` on the last page. */
    next: pageNumber,
    /** Previous page (number or URL), `null` on the first page. */
    previous: pageNumber,
    results: v.array(item),
  });
}

/** `?page=<n>` (peer clients send it; the docs do not mention it). Pages start at 1. */
export const pageQuery = /* @__PURE__ */ v.object({
  /** Page number, from 1. */
  page: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.pipe(/* @__PURE__ */ integer(), /* @__PURE__ */ v.minValue(1, 'page starts at 1'))),
});

/** How the paged ads-board lists are walked by `paginate`: `result.results`, next page at `result.next`. */
export const envelopePagination = { page: 'page', items: 'result.results', end: { next: 'result.next' } } as const;

/** A draft or ad id (`15f83777-df64-4819-8996-78eda3066a14`). */
export const adUuid = /* @__PURE__ */ v.pipe(/* @__PURE__ */ v.string('uuid must be a string'), /* @__PURE__ */ v.uuid('uuid must be a UUID'));

/** An image file for multipart uploads (a `Blob` or `File`; the file name is sent when there is one). */
export const imageFile = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.blob('image must be a Blob or File'),
  /* @__PURE__ */ v.check((blob) => blob.size > 0, 'image must not be empty'),
);

/** `{path: {uuid}}` for the endpoints addressed by an ad's uuid. */
export const uuidPath = /* @__PURE__ */ v.object({
  /** The ad's uuid. */
  uuid: adUuid,
});

/** A message-only result (`"Successfully deleted"`). */
export const messageResult = /* @__PURE__ */ envelope(/* @__PURE__ */ v.string());
