// offers.send after the provider's documented offer rules: what `client.offers.send` does. An
// import of its own, since the rules carry the 118-town table that other calls do not need.
import * as v from 'valibot';
import { invalidInput, type CallOptions, type InputOf, type OutputOf } from '@x/core/provider';
import { toStrictInput } from '@x/core/internal';
import type { OnlinerSecondCore } from './core';
import { offersBody, type offersSend as offersSendEndpoint } from './endpoints/offers/send';
import { offersSend } from './functions';
import { offerIssues } from './offer-rules';
import type { Offer } from './schemas/offer';

const PROVIDER = 'onliner-second';

/**
 * Check a batch for `offers.send` against the provider's documented rules (towns, condition 0–10,
 * call-time hours 0–23, BYN only, photos on onliner.by): a RequestValidationError naming the first
 * offending fields, or nothing. A batch of the wrong shape or types is left to the send itself,
 * which reports it in its usual form.
 *
 * @example
 * checkOffers({ body: [offer] });
 */
export function checkOffers(input: unknown): void {
  const body = input && typeof input === 'object' ? (input as { body?: unknown }).body : undefined;
  const parsed = v.safeParse(toStrictInput(offersBody), body);
  // Shape and type errors are reported by the pipeline itself, in its usual form.
  if (!parsed.success) return;
  const issues = (parsed.output as Offer[]).flatMap((offer, i) => offerIssues(offer, `body.${i}`));
  if (issues.length === 0) return;
  throw invalidInput(PROVIDER, 'offers.send', issues);
}

/**
 * Queue offers for import after checking them against the provider's documented rules
 * (`checkOffers`): what `client.offers.send` does. `offersSend(core, ...)` sends without these
 * checks (the provider then rejects such offers in the import report).
 *
 * @example
 * const { id } = await sendOffers(core, { body: [offer] });
 */
export async function sendOffers(core: OnlinerSecondCore, input: InputOf<typeof offersSendEndpoint>, options?: CallOptions): Promise<OutputOf<typeof offersSendEndpoint>> {
  checkOffers(input);
  return offersSend(core, input, options);
}
