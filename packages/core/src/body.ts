// Reading provider bodies in classifiers: small shared shapes every provider's error parser needs.

/** The value as a plain object (not an array, not null), or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/**
 * Field → messages from a validation-error object (`{ "offer_ids": ["must be a list"] }`, Laravel
 * and Django REST style); a lone string message becomes a one-item list. Undefined when the value
 * is not such an object, or when `strict` and any field holds something else.
 */
export function fieldMessages(value: unknown, options: { strict?: boolean } = {}): Record<string, string[]> | undefined {
  const object = asRecord(value);
  if (!object || Object.keys(object).length === 0) return undefined;
  const out: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(object)) {
    if (typeof messages === 'string') out[field] = [messages];
    else if (Array.isArray(messages) && messages.every((m) => typeof m === 'string')) out[field] = [...messages];
    else if (options.strict) return undefined;
  }
  return out;
}
