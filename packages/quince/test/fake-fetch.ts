// Quince's response envelope, as answers for `scriptedFetch` from `@x/core/testing`.

/** `{ success: true, data }` on HTTP 200. */
export const ok = (data: unknown[]) => ({ body: { success: true, data } });

/** `{ success: false, error }`, on HTTP 200 unless `status` says otherwise. */
export const fail = (error: unknown, status = 200) => ({ status, body: { success: false, error } });
