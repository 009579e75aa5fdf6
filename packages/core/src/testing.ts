// Test helpers: a runtime whose clock, sleep and randomness the test controls.
import type { Runtime } from './runtime';

/** A Runtime for tests: sleeping advances a fake clock instantly and is recorded. */
export interface TestRuntime extends Runtime {
  /** Every delay the pipeline slept, in order. */
  readonly sleeps: number[];
  /** Move the fake clock forward. */
  advance(ms: number): void;
  /** Set the fake clock. */
  set(ms: number): void;
}

/**
 * Build a fake runtime. `random` is the value every `random()` call returns (default 0.5), so
 * backoff delays are deterministic and can be asserted.
 */
export function createTestRuntime(options: { now?: number; random?: number } = {}): TestRuntime {
  let now = options.now ?? Date.UTC(2026, 0, 1);
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    random: () => options.random ?? 0.5,
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason;
      sleeps.push(ms);
      now += ms;
      // Yield so an abort scheduled by the test can land between attempts.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (signal?.aborted) throw signal.reason;
    },
    advance(ms) {
      now += ms;
    },
    set(ms) {
      now = ms;
    },
  };
}
