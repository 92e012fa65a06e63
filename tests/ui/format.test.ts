import { describe, expect, it } from 'vitest';
import {
  formatDelta,
  formatNumber,
  formatPercent,
  humanizeId,
  tagIcon,
} from '../../src/words/format';

describe('formatting', () => {
  it.each([
    [5, '+5'],
    [-2.25, '\u22122.3'],
    [0.04, '±0'],
    [12.5, '+12.5'],
  ])('signs a delta of %d', (delta, text) => {
    expect(formatDelta(delta)).toBe(text);
  });

  it('rounds numbers to one place and percentages to whole ones', () => {
    expect(formatNumber(49.96)).toBe('50');
    expect(formatNumber(1234.5)).toBe('1,234.5');
    expect(formatPercent(0.375)).toBe('38%');
  });

  it('reads ids as words and gives every tag a symbol', () => {
    expect(humanizeId('consent-required')).toBe('consent required');
    expect(tagIcon('kinetic')).not.toBe(tagIcon('unknown-tag'));
    expect(tagIcon('unknown-tag')).toBe('•');
  });
});
