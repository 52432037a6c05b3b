import { describe, expect, it } from 'vitest';
import { editDistance, suggestClosest } from '../../src/themes/suggest-key.js';

describe('suggestClosest', () => {
  const colors = ['primary', 'secondary', 'accent', 'background', 'surface', 'text', 'muted', 'onPrimary'];

  it('finds typos, swapped letters and wrong case', () => {
    expect(suggestClosest('primery', colors)).toBe('primary');
    expect(suggestClosest('backgroud', colors)).toBe('background');
    expect(suggestClosest('onprimary', colors)).toBe('onPrimary');
    expect(suggestClosest('acsent', colors)).toBe('accent');
    expect(suggestClosest('txet', colors)).toBe('text');
  });

  it('stays quiet when nothing is close', () => {
    expect(suggestClosest('logo', colors)).toBeNull();
    expect(suggestClosest('zzzzzz', ['margin', 'gap', 'lineHeight'])).toBeNull();
  });

  it('counts edits', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });
});
