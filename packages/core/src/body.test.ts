import { describe, expect, it } from 'vitest';
import { asRecord, fieldMessages } from './body';

describe('body helpers', () => {
  it('asRecord accepts plain objects only', () => {
    expect(asRecord({ a: 1 })).toEqual({ a: 1 });
    for (const x of [null, undefined, [], 'x', 1]) expect(asRecord(x)).toBeUndefined();
  });
  it('fieldMessages normalises field → messages', () => {
    expect(fieldMessages({ a: 'one', b: ['x', 'y'] })).toEqual({ a: ['one'], b: ['x', 'y'] });
    expect(fieldMessages({ a: 'one', b: 5 })).toEqual({ a: ['one'] });
    expect(fieldMessages({ a: 'one', b: 5 }, { strict: true })).toBeUndefined();
    expect(fieldMessages({})).toBeUndefined();
    expect(fieldMessages('text')).toBeUndefined();
  });
});
