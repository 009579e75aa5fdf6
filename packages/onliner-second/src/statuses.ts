// The three status vocabularies of the API, kept apart on purpose (fact sheet Q4): an import's
// `pending` and an offer's `pending` are different things.

/** Import statuses (README "Статусы импорта объявлений"). */
export const IMPORT_STATUSES = ['pending', 'processing', 'processed', 'failed'] as const;

/** Where an import stands: queued, running, finished, or finished with an error. */
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** Offer (moderation) statuses (docs/statuses.md). */
export const OFFER_STATUSES = ['pending', 'approved', 'correction', 'rejected', 'closed'] as const;

/**
 * Where an offer stands in moderation: `pending` (under moderation), `approved`, `correction`
 * (sent back for rework), `rejected` (closed by a moderator), `closed` (by the author or the system).
 */
export type OfferStatus = (typeof OFFER_STATUSES)[number];

/** The numeric codes docs/statuses.md gives each offer status. The API itself sends the strings. */
export const OFFER_STATUS_CODES = {
  pending: 0,
  approved: 1,
  correction: 2,
  rejected: 3,
  closed: 4,
} as const satisfies Record<OfferStatus, number>;

/** Image processing statuses of the upload host (docs/upload_images.md). */
export const IMAGE_STATUSES = ['uploaded', 'processing', 'processed', 'error'] as const;

/** Where an uploaded image stands: queued, being resized, done, or failed. */
export type ImageStatus = (typeof IMAGE_STATUSES)[number];

/** Whether an import status is final (`processed` or `failed`). */
export function isFinishedImport(status: string): status is 'processed' | 'failed' {
  return status === 'processed' || status === 'failed';
}
