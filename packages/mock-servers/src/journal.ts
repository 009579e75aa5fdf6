// The request journal: what each mock received and answered, for tests to assert on.

/** One request the mock handled. Credentials are redacted. */
export interface JournalEntry {
  /** Provider name. */
  provider: string;
  /** Endpoint key (`basket.add`), or `undefined` when no route matched. */
  endpoint: string | undefined;
  /** Named host (`main`, `auth`, `upload` ...). */
  host: string;
  method: string;
  /** Path relative to the host's base URL. */
  path: string;
  /** Decoded query (PHP brackets become arrays/objects), redacted. */
  query: Record<string, unknown>;
  /** Decoded body, redacted; files appear as `{ file: name, size, type }`. */
  body: unknown;
  /** Request headers, redacted. */
  headers: Record<string, string>;
  /** Scenario applied (`example=...`, `code=...`), if any. */
  scenario: string | undefined;
  /** Status answered. */
  status: number;
  /** Mock clock time. */
  at: number;
}

/**
 * An entry whose redacted parts are built on first read: redacting query, body and headers costs
 * more than answering a simple request, and most entries of a long-running server are never read.
 */
export interface LazyJournalEntry {
  /** Endpoint key, known without building the entry. */
  endpoint: string | undefined;
  /** Build the redacted entry (called at most once). */
  build(): JournalEntry;
}

type Slot = JournalEntry | LazyJournalEntry;

const isLazy = (slot: Slot): slot is LazyJournalEntry => typeof (slot as LazyJournalEntry).build === 'function';

/**
 * An append-only list of handled requests with a few queries. It keeps the newest `limit` entries
 * (default 10 000) so a long-running local server does not grow without bound. Entries pushed
 * lazily are redacted when first read, never on the request's path.
 */
export class Journal {
  readonly #entries: Slot[] = [];
  readonly #limit: number;

  constructor(limit = 10_000) {
    this.#limit = limit;
  }

  /** Every entry, oldest first. */
  get entries(): readonly JournalEntry[] {
    const list = this.#entries;
    for (let i = 0; i < list.length; i++) {
      const slot = list[i] as Slot;
      if (isLazy(slot)) list[i] = slot.build();
    }
    return list as JournalEntry[];
  }

  /** Entries for one endpoint key. */
  for(endpoint: string): JournalEntry[] {
    return this.entries.filter((e) => e.endpoint === endpoint);
  }

  /** Count of entries (for one endpoint key, if given). */
  count(endpoint?: string): number {
    if (endpoint === undefined) return this.#entries.length;
    let n = 0;
    for (const slot of this.#entries) if (slot.endpoint === endpoint) n++;
    return n;
  }

  /** The newest entry (for one endpoint key, if given). */
  last(endpoint?: string): JournalEntry | undefined {
    const list = endpoint === undefined ? this.entries : this.for(endpoint);
    return list[list.length - 1];
  }

  /** @internal */
  push(entry: JournalEntry | LazyJournalEntry): void {
    this.#entries.push(entry);
    // Trim in batches so pushing stays O(1) amortised.
    if (this.#entries.length > this.#limit + Math.ceil(this.#limit / 10)) this.#entries.splice(0, this.#entries.length - this.#limit);
  }

  /** Forget every entry. */
  clear(): void {
    this.#entries.length = 0;
  }
}
