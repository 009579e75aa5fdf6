// The mock's one source of randomness: ids, uuids and tokens come from here, so a seed makes a
// whole run reproducible. Not for security: mocks issue tokens nobody must trust.

/** A seeded pseudo-random source. */
export interface MockRandom {
  /** The seed this source started from (a random one when none was given). */
  readonly seed: string;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, max). */
  int(max: number): number;
  /** `length` random bytes. */
  bytes(length: number): Uint8Array;
  /** `length` characters drawn from `alphabet`. */
  text(length: number, alphabet: string): string;
  /** `length` lower-case hex digits. */
  hex(length: number): string;
  /** A version-4 UUID (`xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx`). */
  uuid(): string;
  /** Back to the first value of the seed (the mock calls this on `reset()`). */
  reset(): void;
}

/** Four 32-bit words from any text (FNV-1a with four offsets, then mixed). */
function hashSeed(text: string): [number, number, number, number] {
  const words: [number, number, number, number] = [0x811c9dc5, 0x01000193 ^ 0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];
  for (let w = 0; w < 4; w++) {
    let h = words[w] as number;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i) + w;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= h >>> 16;
    h = Math.imul(h, 0x7feb352d) >>> 0;
    h ^= h >>> 15;
    words[w] = h >>> 0;
  }
  return words;
}

/**
 * Create a random source. The same `seed` gives the same sequence in every run and on every
 * platform; without one, a seed is drawn from `crypto.getRandomValues`.
 */
export function createMockRandom(seed?: number | string): MockRandom {
  const seedText = seed === undefined ? Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(16)).join('') : String(seed);
  let a = 0;
  let b = 0;
  let c = 0;
  let d = 0;
  const reset = (): void => {
    [a, b, c, d] = hashSeed(seedText);
    // Let the state mix before the first value.
    for (let i = 0; i < 12; i++) word();
  };
  // A small-fast-counter generator on four 32-bit words.
  const word = (): number => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  reset();
  const source: MockRandom = {
    seed: seedText,
    next: () => word() / 0x1_0000_0000,
    int: (max) => Math.floor(source.next() * max),
    bytes(length) {
      const out = new Uint8Array(length);
      for (let i = 0; i < length; i++) out[i] = word() & 0xff;
      return out;
    },
    text(length, alphabet) {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[source.int(alphabet.length)];
      return out;
    },
    hex: (length) => source.text(length, '0123456789abcdef'),
    uuid() {
      const h = source.hex(32).split('');
      h[12] = '4';
      h[16] = '89ab'[source.int(4)] as string;
      const s = h.join('');
      return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
    },
    reset,
  };
  return source;
}
