// The scenario vocabulary, one for both transports: what `Prefer`, `mock.prefer(...)`, the admin
// route `POST /__mock/scenarios` and `x-mock --fault` all parse into. The engine (`mock.ts`) decides
// what a scenario means for a request; each transport realises the wire-level faults its own way.

/** Faults a scenario can inject (`Prefer: fault=<name>`). */
export const FAULT_NAMES = ['reset', 'empty', 'truncated', 'invalid-json', 'html-502', 'wrong-content-type', 'slow-body', 'no-answer'] as const;

/** A named fault. */
export type FaultName = (typeof FAULT_NAMES)[number];

/**
 * A scenario. At most one answer (`example`, `code` or `fault`); none means "answer normally"
 * (the `pass` step of a sequence, or a bare `delay`). `sequence` and `expireAfter` stand alone.
 */
export interface Scenario {
  /** Replay a documented example by name. */
  example?: string | undefined;
  /** Answer with this status in the provider's error shape (or its documented answer for that status). */
  code?: number | undefined;
  /** Inject a named fault. */
  fault?: FaultName | undefined;
  /** Wait before answering: fixed ms, or a `[min, max]` range drawn from the mock's seeded random source. */
  delay?: number | readonly [number, number] | undefined;
  /** `Retry-After` in delta seconds (with `code`, or `fault: 'html-502'`). */
  retryAfter?: number | undefined;
  /** `Retry-After` as an HTTP date this many seconds after the mock clock's now. */
  retryAfterDate?: number | undefined;
  /** `slow-body`: number of chunks (default 4). */
  chunks?: number | undefined;
  /** `slow-body`: ms between chunks (default 100). */
  interval?: number | undefined;
  /** Apply this scenario with this probability (0..1, seeded), else answer normally. */
  chance?: number | undefined;
  /** One step per request, in order, then from the start again. */
  sequence?: readonly Scenario[] | undefined;
  /** The credential of a request is accepted this many times, then answered with an auth error. */
  expireAfter?: number | undefined;
}

/** Header tests and HTTP clients use to pick a scenario. */
export const PREFER_HEADER = 'prefer';

/** Header a mock sets on its own (not the provider's) errors, such as an unknown scenario. */
export const MOCK_ERROR_HEADER = 'x-mock-error';

const PASS_WORDS = new Set(['pass', 'ok']);
const KNOWN = new Set(['example', 'code', 'fault', 'delay', 'retry-after', 'chunks', 'interval', 'chance', 'sequence', 'expire-after']);

/** Split on separators outside double quotes. */
function tokens(text: string, separators: RegExp): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && separators.test(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((t) => t.trim()).filter(Boolean);
}

function nonNegativeInt(name: string, value: string, max = Number.MAX_SAFE_INTEGER): number | { error: string } {
  const n = Number(value);
  return /^\d+$/.test(value) && n <= max ? n : { error: `Prefer ${name}=${value} is not a whole number (0-${max})` };
}

/**
 * Read a scenario from a `Prefer` header (RFC 7240 style, preferences separated by `,` or `;`):
 * `example=wrong-password`, `code=503, retry-after=2`, `fault=reset`, `delay=100-400`,
 * `sequence="code=503 | code=503 | pass"`, `expire-after=3`, `chance=0.1, fault=reset`.
 * Preferences the mock does not know are ignored, as the RFC says. Returns an error text for a
 * malformed or contradictory value.
 */
export function parsePrefer(header: string | null | undefined): Scenario | { error: string } | undefined {
  if (!header) return undefined;
  return parseTokens(tokens(header, /[,;]/), false);
}

function parseTokens(list: string[], inSequence: boolean): Scenario | { error: string } | undefined {
  const s: Scenario = {};
  let seen = false;
  for (const token of list) {
    const eq = token.indexOf('=');
    if (eq < 0) {
      if (inSequence && PASS_WORDS.has(token.toLowerCase())) seen = true;
      else if (inSequence) return { error: `Unknown sequence step "${token}"` };
      continue;
    }
    const name = token.slice(0, eq).trim().toLowerCase();
    const value = token.slice(eq + 1).trim().replace(/^"(.*)"$/s, '$1');
    if (!KNOWN.has(name)) {
      if (inSequence) return { error: `Unknown preference "${name}" in a sequence step` };
      continue;
    }
    seen = true;
    const key = name === 'retry-after' ? (value.startsWith('date+') ? 'retryAfterDate' : 'retryAfter') : name === 'expire-after' ? 'expireAfter' : name;
    if ((s as Record<string, unknown>)[key] !== undefined) return { error: `Prefer ${name} is given twice` };
    switch (name) {
      case 'example':
        s.example = value;
        break;
      case 'code': {
        const code = Number(value);
        if (!Number.isInteger(code) || code < 100 || code > 599) return { error: `Prefer code=${value} is not an HTTP status (100-599)` };
        s.code = code;
        break;
      }
      case 'fault':
        if (!(FAULT_NAMES as readonly string[]).includes(value)) return { error: `Unknown fault "${value}". Valid: ${FAULT_NAMES.join(', ')}` };
        s.fault = value as FaultName;
        break;
      case 'delay': {
        const m = /^(\d+)(?:-(\d+))?(?:ms)?$/.exec(value);
        if (!m) return { error: `Prefer delay=${value}: give ms (delay=200) or a range (delay=100-500)` };
        const min = Number(m[1]);
        const max = m[2] === undefined ? min : Number(m[2]);
        if (max < min || max > 600_000) return { error: `Prefer delay=${value}: the range must be min-max, at most 600000 ms` };
        s.delay = min === max ? min : [min, max];
        break;
      }
      case 'retry-after': {
        const n = nonNegativeInt(name, value.replace(/^date\+/, ''), 86_400);
        if (typeof n !== 'number') return { error: `Prefer retry-after=${value}: give seconds (retry-after=2) or date+<seconds> for an HTTP date` };
        if (value.startsWith('date+')) s.retryAfterDate = n;
        else s.retryAfter = n;
        break;
      }
      case 'chunks': {
        const n = nonNegativeInt(name, value, 1000);
        if (typeof n !== 'number' || n < 1) return { error: `Prefer chunks=${value}: give 1-1000` };
        s.chunks = n;
        break;
      }
      case 'interval': {
        const n = nonNegativeInt(name, value, 60_000);
        if (typeof n !== 'number') return n;
        s.interval = n;
        break;
      }
      case 'chance': {
        const p = Number(value);
        if (!(value !== '' && p >= 0 && p <= 1)) return { error: `Prefer chance=${value}: give a probability from 0 to 1` };
        s.chance = p;
        break;
      }
      case 'expire-after': {
        const n = nonNegativeInt(name, value);
        if (typeof n !== 'number') return n;
        s.expireAfter = n;
        break;
      }
      case 'sequence': {
        if (inSequence) return { error: 'A sequence cannot contain a sequence' };
        const steps: Scenario[] = [];
        for (const step of value.split('|')) {
          const parsed = parseTokens(tokens(step, /[\s,;]/), true);
          if (parsed && 'error' in parsed) return parsed;
          if (!parsed) return { error: `Empty step in sequence="${value}"; write "pass" for a normal answer` };
          steps.push(parsed);
        }
        s.sequence = steps;
        break;
      }
    }
  }
  if (!seen) return undefined;
  const problem = checkShape(s);
  return problem ? { error: problem } : s;
}

/** Why a scenario's parts do not go together, or undefined. */
export function checkShape(s: Scenario): string | undefined {
  const answers = [s.example !== undefined, s.code !== undefined, s.fault !== undefined].filter(Boolean).length;
  if (answers > 1) return 'Give one answer per scenario (example=, code= or fault=, not several)';
  if (s.sequence !== undefined || s.expireAfter !== undefined) {
    const others = Object.entries(s).filter(([k, v]) => v !== undefined && k !== 'sequence' && k !== 'expireAfter');
    if (others.length > 0 || (s.sequence !== undefined && s.expireAfter !== undefined)) return 'sequence= and expire-after= stand alone';
    if (s.sequence?.length === 0) return 'A sequence needs at least one step';
    for (const step of s.sequence ?? []) {
      const problem = checkShape(step);
      if (problem) return problem;
    }
    return undefined;
  }
  if ((s.retryAfter !== undefined || s.retryAfterDate !== undefined) && s.code === undefined && s.fault !== 'html-502') {
    return 'retry-after= goes with code= (or fault=html-502)';
  }
  if (s.retryAfter !== undefined && s.retryAfterDate !== undefined) return 'Give retry-after once (seconds or date+seconds)';
  if ((s.chunks !== undefined || s.interval !== undefined) && s.fault !== 'slow-body') return 'chunks= and interval= go with fault=slow-body';
  return undefined;
}

/** How a scenario is written in a header and in the journal (parses back with `parsePrefer`). */
export function formatScenario(s: Scenario, separator = ', '): string {
  if (s.sequence) return `sequence="${s.sequence.map((step) => formatScenario(step, ' ') || 'pass').join(' | ')}"`;
  const parts: string[] = [];
  if (s.expireAfter !== undefined) parts.push(`expire-after=${s.expireAfter}`);
  if (s.example !== undefined) parts.push(`example=${s.example}`);
  if (s.code !== undefined) parts.push(`code=${s.code}`);
  if (s.fault !== undefined) parts.push(`fault=${s.fault}`);
  if (s.retryAfter !== undefined) parts.push(`retry-after=${s.retryAfter}`);
  if (s.retryAfterDate !== undefined) parts.push(`retry-after=date+${s.retryAfterDate}`);
  if (s.chunks !== undefined) parts.push(`chunks=${s.chunks}`);
  if (s.interval !== undefined) parts.push(`interval=${s.interval}`);
  if (s.delay !== undefined) parts.push(`delay=${typeof s.delay === 'number' ? s.delay : s.delay.join('-')}`);
  if (s.chance !== undefined) parts.push(`chance=${s.chance}`);
  return parts.join(separator);
}

/** A small seeded random source (mulberry32): the same seed gives the same faults in the same order. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
