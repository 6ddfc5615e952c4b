import { describe, expect, it } from 'vitest';
import { fingerprint, ngramFingerprint } from '../../../src/domain/quality/fingerprints';

describe('fingerprint', () => {
  it.each([
    ['Madrid', 'madrid'],
    ['  madrid ', 'madrid'],
    ['MADRID', 'madrid'],
    ['Málaga, capital', 'capital malaga'],
    ['capital  malaga', 'capital malaga'],
    ['Santa Cruz de Tenerife', 'cruz de santa tenerife'],
    ['Tenerife, Santa Cruz de', 'cruz de santa tenerife'],
    ['A Coruña', 'a coruna'],
    ['Redes sociales', 'redes sociales'],
    ['sociales redes sociales', 'redes sociales'],
    ['¡!', ''],
  ])('%j → %j', (value, key) => {
    expect(fingerprint(value)).toBe(key);
  });
});

describe('ngramFingerprint', () => {
  it.each([
    ['Cádiz', 2, 'adcadiiz'],
    ['cadiz', 2, 'adcadiiz'],
    ['Ca diz', 2, 'adcadiiz'],
    ['Madrid', 1, 'adimr'],
    ['ab', 2, 'ab'],
    ['a', 2, 'a'],
  ])('%j (n = %i) → %j', (value, n, key) => {
    expect(ngramFingerprint(value, n)).toBe(key);
  });

  it('joins spellings that word fingerprints keep apart', () => {
    expect(fingerprint('Las Palmas')).not.toBe(fingerprint('LasPalmas'));
    expect(ngramFingerprint('Las Palmas')).toBe(ngramFingerprint('LasPalmas'));
  });
});
