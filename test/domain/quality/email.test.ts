import { describe, expect, it } from 'vitest';
import { emailKey, isValidEmail, normaliseEmail } from '../../../src/domain/quality/email';

describe('isValidEmail', () => {
  it.each([
    ['ana.garcia@gmail.com', true],
    ['  Ana.Garcia@Gmail.COM ', true],
    ['jose+tienda@empresa.co.uk', true],
    ["o'donnell@correo.es", true],
    ['ana.garciagmail.com', false],
    ['ana@@gmail.com', false],
    ['ana garcia@gmail.com', false],
    ['ana@gmail', false],
    ['ana.muñoz@gmail.com', false],
    ['ana..garcia@gmail.com', false],
    ['.ana@gmail.com', false],
    ['ana.@gmail.com', false],
    ['ana@-gmail.com', false],
    ['ana@gmail.c', false],
    ['', false],
  ])('%j → %s', (cell, valid) => {
    expect(isValidEmail(cell)).toBe(valid);
  });
});

describe('normaliseEmail', () => {
  it.each([
    ['  Ana.Garcia@Gmail.COM ', 'ana.garcia@gmail.com'],
    ['ANA.GARCIA @gmail.com', 'ana.garcia@gmail.com'],
    ['ana@gmail.com', 'ana@gmail.com'],
  ])('%j → %j', (cell, expected) => {
    expect(normaliseEmail(cell)).toBe(expected);
  });
});

describe('emailKey', () => {
  it.each([
    ['ANA@Gmail.com', 'ana@gmail.com'],
    ['ana@gmail', 'ana@gmail'],
    ['no tiene', null],
    ['@gmail.com', null],
    ['ana@', null],
    ['a@b@c', null],
    ['', null],
  ])('%j → %j', (cell, expected) => {
    expect(emailKey(cell)).toBe(expected);
  });
});
