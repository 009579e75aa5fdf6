import { describe, expect, it } from 'vitest';
import { Journal, type JournalEntry } from './index';

const entry = (i: number): JournalEntry => ({ provider: 'p', endpoint: `e${i}`, host: 'main', method: 'GET', path: '/', query: {}, body: undefined, headers: {}, scenario: undefined, status: 200, at: i });

describe('Journal', () => {
  it('answers queries by endpoint', () => {
    const j = new Journal();
    [1, 2, 1].forEach((i) => j.push(entry(i)));
    expect(j.count()).toBe(3);
    expect(j.count('e1')).toBe(2);
    expect(j.last('e1')?.at).toBe(1);
    expect(j.for('e2')).toHaveLength(1);
    j.clear();
    expect(j.entries).toEqual([]);
  });

  it('keeps only the newest entries beyond its limit', () => {
    const j = new Journal(100);
    for (let i = 0; i < 1000; i++) j.push(entry(i));
    expect(j.count()).toBeLessThanOrEqual(110);
    expect(j.count()).toBeGreaterThanOrEqual(100);
    expect(j.last()?.at).toBe(999);
    expect(j.entries[0]!.at).toBe(1000 - j.count());
  });
});
