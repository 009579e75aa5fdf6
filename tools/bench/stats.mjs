// Small statistics and formatting helpers of the benchmark harness (tested in stats.test.mjs).

/** Median of a non-empty list of numbers (mean of the two middle values for an even count). */
export function median(values) {
  if (values.length === 0) throw new RangeError('median of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The `q` quantile (0–1) of a non-empty list, interpolating linearly between neighbours. */
export function quantile(values, q) {
  if (values.length === 0) throw new RangeError('quantile of an empty list');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/**
 * Per-pair ratios `a[i] / b[i]` of two equally long lists of samples taken in alternation, and their
 * median: the figure the harness reports (robust against a noisy, shared machine).
 */
export function pairedRatio(a, b) {
  if (a.length !== b.length || a.length === 0) throw new RangeError('pairedRatio needs two equally long, non-empty lists');
  const ratios = a.map((x, i) => x / b[i]);
  return { ratios, median: median(ratios), q1: quantile(ratios, 0.25), q3: quantile(ratios, 0.75), min: Math.min(...ratios), max: Math.max(...ratios) };
}

/** The order of the variants in round `round`: rotated each round so no variant always runs first. */
export function rotation(variants, round) {
  const k = round % variants.length;
  return [...variants.slice(k), ...variants.slice(0, k)];
}

/** Whether a figure meets its goal (`{ max }`: at most; `{ min }`: at least). */
export function meets(value, goal) {
  if (value === undefined || value === null || Number.isNaN(value)) return undefined;
  if (goal.max !== undefined && value > goal.max) return false;
  if (goal.min !== undefined && value < goal.min) return false;
  return true;
}

/** A Markdown table from a header row and rows of cells. */
export function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.map((c) => String(c ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
