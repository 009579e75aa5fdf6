import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { isOnlinerHostedUrl, offerIssues } from './offer-rules';
import { amount, offer } from './schemas/offer';
import { validOffer } from '../test/fake-api';

describe('price.amount', () => {
  it('sends numbers as two-decimal strings and keeps valid strings', () => {
    expect(v.parse(amount, 1250)).toBe('1250.00');
    expect(v.parse(amount, 0.1 + 0.2)).toBe('0.30');
    expect(v.parse(amount, 19.9)).toBe('19.90');
    expect(v.parse(amount, '1250.00')).toBe('1250.00');
    expect(v.parse(amount, '7')).toBe('7');
  });

  it('refuses what the provider cannot take as a price', () => {
    // 1.7e183 went out as "1.7e+183" before issue 9.
    for (const bad of [12.345, -1, Number.NaN, Number.POSITIVE_INFINITY, 1.7e183, 1e21, '1e+21', '12,50', '1.234', '-3', '']) {
      expect(v.safeParse(amount, bad).success, String(bad)).toBe(false);
    }
  });
});

describe('offerIssues', () => {
  const parse = (input: unknown) => v.parse(offer, input);

  it('passes the documented offer', () => {
    expect(offerIssues(parse(validOffer()))).toEqual([]);
  });

  it('reports every documented rule an offer breaks, with paths', () => {
    const bad = validOffer();
    bad.location.geo_town_id = 99999;
    bad.condition = 11;
    bad.contact.call_time = [-1, 24];
    (bad.price as { currency: string }).currency = 'USD';
    bad.photos = [{ '1280x1280': 'https://example.com/a.jpeg' }, {}] as never;
    const issues = offerIssues(parse(bad), 'body.0');
    expect(issues.map((i) => i.path)).toEqual([
      'body.0.location.geo_town_id',
      'body.0.condition',
      'body.0.contact.call_time.0',
      'body.0.contact.call_time.1',
      'body.0.price.currency',
      'body.0.photos.0.1280x1280',
      'body.0.photos.1',
    ]);
  });

  it('accepts condition and hours at their bounds', () => {
    const edge = validOffer();
    edge.condition = 0;
    edge.contact.call_time = [0, 23];
    expect(offerIssues(parse(edge))).toEqual([]);
  });
});

describe('isOnlinerHostedUrl', () => {
  it('accepts onliner.by and its subdomains only', () => {
    expect(isOnlinerHostedUrl('https://content.onliner.by/baralog/1/x80/a.jpeg')).toBe(true);
    expect(isOnlinerHostedUrl('https://onliner.by/a.jpeg')).toBe(true);
    expect(isOnlinerHostedUrl('https://onliner.by.evil.com/a.jpeg')).toBe(false);
    expect(isOnlinerHostedUrl('https://notonliner.by/a.jpeg')).toBe(false);
    expect(isOnlinerHostedUrl('ftp://content.onliner.by/a.jpeg')).toBe(false);
    expect(isOnlinerHostedUrl('not a url')).toBe(false);
  });
});
