import { describe, expect, it } from 'vitest';
import { formatShareExact } from '../../src/i18n/format-share';

const plain = (text: string) => text.replace(/\s/g, ' ');

describe('formatShareExact', () => {
  it('never shows 100 % for a column with empty cells', () => {
    expect(plain(formatShareExact(7032 / 7043, 'es'))).toBe('99,8 %');
    expect(plain(formatShareExact(99_999 / 100_000, 'en'))).toBe('99.99%');
  });

  it('never shows 0 % for a column with something in it', () => {
    expect(plain(formatShareExact(3 / 1000, 'es'))).toBe('0,3 %');
  });

  it('shows whole percentages where they are honest, and the ends as they are', () => {
    expect(plain(formatShareExact(0.25, 'es'))).toBe('25 %');
    expect(plain(formatShareExact(1, 'es'))).toBe('100 %');
    expect(plain(formatShareExact(0, 'en'))).toBe('0%');
  });
});
