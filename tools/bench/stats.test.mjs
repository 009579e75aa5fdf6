// Unit tests of the harness's helpers (node:test; run by `nx run tools-bench:test` in `npm test`).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { markdownTable, median, meets, pairedRatio, quantile, rotation } from './stats.mjs';

test('median: odd and even counts, unsorted input left untouched', () => {
  const input = [5, 1, 3];
  assert.equal(median(input), 3);
  assert.deepEqual(input, [5, 1, 3]);
  assert.equal(median([4, 1, 3, 2]), 2.5);
  assert.equal(median([7]), 7);
  assert.throws(() => median([]), RangeError);
});

test('pairedRatio: the median of per-pair ratios, not the ratio of medians', () => {
  // Medians 3 and 2 would give 1.5; the per-pair ratios are 1, 1, 4 -> median 1.
  const r = pairedRatio([1, 3, 8], [1, 3, 2]);
  assert.deepEqual(r.ratios, [1, 1, 4]);
  assert.equal(r.median, 1);
  assert.equal(r.min, 1);
  assert.equal(r.max, 4);
  assert.throws(() => pairedRatio([1], [1, 2]), RangeError);
  assert.throws(() => pairedRatio([], []), RangeError);
});

test('quantile: interpolated; the quartiles of pairedRatio', () => {
  assert.equal(quantile([1, 2, 3, 4, 5], 0.25), 2);
  assert.equal(quantile([4, 1, 3, 2], 0.5), 2.5);
  assert.equal(quantile([10, 20], 0.25), 12.5);
  assert.throws(() => quantile([], 0.5), RangeError);
  const r = pairedRatio([1, 2, 3, 4, 5], [1, 1, 1, 1, 1]);
  assert.equal(r.q1, 2);
  assert.equal(r.q3, 4);
});

test('rotation: every variant leads once per cycle', () => {
  const v = ['a', 'b', 'c'];
  assert.deepEqual([0, 1, 2].map((r) => rotation(v, r)[0]), ['a', 'b', 'c']);
  assert.deepEqual(rotation(v, 4), ['b', 'c', 'a']);
});

test('meets: at-most and at-least goals; a missing figure is undecided', () => {
  assert.equal(meets(1.15, { max: 1.15 }), true);
  assert.equal(meets(1.16, { max: 1.15 }), false);
  assert.equal(meets(0.4, { min: 0.5 }), false);
  assert.equal(meets(undefined, { max: 1 }), undefined);
  assert.equal(meets(Number.NaN, { max: 1 }), undefined);
});

test('markdownTable escapes pipes', () => {
  assert.equal(markdownTable(['a', 'b'], [['x|y', 1]]), '| a | b |\n| --- | --- |\n| x\\|y | 1 |');
});
