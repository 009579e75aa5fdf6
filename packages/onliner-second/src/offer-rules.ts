// What the provider checks in each offer after accepting the batch (docs/send_offers.md field
// table). The SDK runs these before sending so a bad offer fails fast with RequestValidationError
// instead of surfacing minutes later in the import's errors.
import type { ValidationIssue } from '@x/core/provider';
import type { Offer } from './schemas/offer';
import { isTownId } from './towns';

/** Whether a URL is on onliner.by or one of its subdomains (`content.onliner.by`), over http(s). */
export function isOnlinerHostedUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const host = parsed.hostname.toLowerCase();
  return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && (host === 'onliner.by' || host.endsWith('.onliner.by'));
}

/**
 * The documented rules one offer breaks, as validation issues (empty when it passes). `prefix` is
 * prepended to each path (`body.0`).
 *
 * Rules: `location.geo_town_id` in the towns table; `condition` 0–10; both `contact.call_time`
 * hours 0–23; `price.currency` is `BYN`; every photo URL on onliner.by.
 */
export function offerIssues(offer: Offer, prefix = ''): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const at = (path: string): string => (prefix ? `${prefix}.${path}` : path);
  const town = offer.location.geo_town_id;
  if (!isTownId(town)) {
    issues.push({ path: at('location.geo_town_id'), message: `Unknown town id ${town}: not in the provider's list (see towns, townByName)`, received: String(town) });
  }
  if (offer.condition < 0 || offer.condition > 10) {
    issues.push({ path: at('condition'), message: 'condition must be from 0 to 10', received: String(offer.condition) });
  }
  offer.contact.call_time.forEach((hour, i) => {
    if (hour < 0 || hour > 23) issues.push({ path: at(`contact.call_time.${i}`), message: 'call_time hours must be from 0 to 23', received: String(hour) });
  });
  if (offer.price.currency !== 'BYN') {
    issues.push({ path: at('price.currency'), message: 'price.currency must be "BYN" (the only currency accepted)', received: JSON.stringify(offer.price.currency) });
  }
  (offer.photos ?? []).forEach((photo, i) => {
    const sizes = Object.entries(photo);
    if (sizes.length === 0) issues.push({ path: at(`photos.${i}`), message: 'a photo must map at least one size to a URL (use uploadImage)' });
    for (const [size, url] of sizes) {
      if (!isOnlinerHostedUrl(url)) {
        issues.push({ path: at(`photos.${i}.${size}`), message: 'only images hosted on onliner.by are accepted (upload them with uploadImage first)' });
      }
    }
  });
  return issues;
}
