import { describe, expect, it } from 'vitest';
import { parseAvailability, toNumber } from './helpers';

describe('helpers', () => {
  it('reads availability codes', () => {
    expect(parseAvailability('1943')).toEqual({ kind: 'count', count: 1943 });
    expect(parseAvailability(0)).toEqual({ kind: 'count', count: 0 });
    expect(parseAvailability('-1')).toEqual({ kind: 'fuzzy', level: 1, label: '+' });
    expect(parseAvailability('-3')).toEqual({ kind: 'fuzzy', level: 3, label: '+++' });
    expect(parseAvailability('-10')).toEqual({ kind: 'on_order' });
    expect(parseAvailability('-5')).toEqual({ kind: 'unknown', raw: '-5' });
    expect(parseAvailability(undefined)).toEqual({ kind: 'unknown', raw: undefined });
  });
  it('reads string numbers', () => {
    expect(toNumber('1.76')).toBe(1.76);
    expect(toNumber('1,5')).toBe(1.5);
    expect(toNumber(231)).toBe(231);
    expect(toNumber('')).toBeUndefined();
    expect(toNumber('abc')).toBeUndefined();
    expect(toNumber(null)).toBeUndefined();
  });
});
