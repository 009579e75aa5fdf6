// The mock's own clock: token expiry and import queues run on it, and tests move it forward.

/** A clock tests can advance. */
export interface MockClock {
  /** Current time in epoch ms. */
  now(): number;
  /** Move forward by `ms`. */
  advance(ms: number): void;
  /** Jump to an epoch ms. */
  set(ms: number): void;
  /** Back to the start time. */
  reset(): void;
}

/**
 * Create a mock clock. By default it follows real time from now on, plus whatever tests
 * `advance`; pass `frozen: true` for a clock that moves only when told.
 */
export function createMockClock(options: { start?: number; frozen?: boolean } = {}): MockClock {
  const realStart = Date.now();
  const start = options.start ?? realStart;
  let offset = 0;
  const base = (): number => (options.frozen ? start : start + (Date.now() - realStart));
  let fixed: number | undefined;
  return {
    now: () => (fixed ?? base()) + offset,
    advance(ms) {
      if (!(ms >= 0) || !Number.isFinite(ms)) throw new RangeError('advance() takes a finite, non-negative number of ms');
      if (!(Math.abs((fixed ?? base()) + offset + ms) <= 8.64e15)) throw new RangeError(`advance(${ms}) would move the clock past the last time a Date can hold`);
      offset += ms;
    },
    set(ms) {
      if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) throw new RangeError('set() takes epoch ms a Date can hold');
      fixed = ms;
      offset = 0;
    },
    reset() {
      fixed = undefined;
      offset = 0;
    },
  };
}
