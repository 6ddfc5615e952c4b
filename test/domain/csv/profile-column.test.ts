import { describe, it, expect } from 'vitest';
import { cellType, profileColumn } from '../../../src/domain/csv/profile-column';

describe('cellType', () => {
  it.each([
    ['', 'empty'], ['  ', 'empty'], ['2024-03-10', 'date'], ['10/03/2024 8:00', 'date'], ['12,50', 'number'],
    ['-1.234,56 €', 'number'], ['(12.5)', 'number'], ['35%', 'number'], ['C1', 'text'], ['Madrid', 'text'], ['12 abc', 'text'],
  ])('%j is %s', (cell, type) => {
    expect(cellType(cell)).toBe(type);
  });
});

describe('profileColumn', () => {
  it('measures shares over the non-empty values', () => {
    const profile = profileColumn(['ana@x.es', '', 'luis@y.com', 'nope', '']);
    expect(profile.filled).toBe(3);
    expect(profile.email).toBeCloseTo(2 / 3);
    expect(profile.distinct).toBe(1);
  });

  it('tells phones, postal codes, money and years', () => {
    expect(profileColumn(['600 123 456', '+34 911234567']).phone).toBe(1);
    expect(profileColumn(['28001', '08002', 'x']).postalCode).toBeCloseTo(2 / 3);
    expect(profileColumn(['12,50', '3', '4.99']).decimal).toBeCloseTo(2 / 3);
    expect(profileColumn(['1980-01-01', '01/02/1990', '2000-05-05']).medianYear).toBe(1990);
    expect(profileColumn(['a']).medianYear).toBeNaN();
  });
});
