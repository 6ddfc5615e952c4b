import { describe, expect, it } from 'vitest';
import { CHURN_YES, readMoney, readScore, readShare, readStatus, readYesNo } from '../../../src/domain/metrics/customer-cells';

describe('customer-file cells', () => {
  it.each([
    ['4', 4], ['4,5', 4.5], ['8.5', 8.5], [' 7 ', 7], ['', null], ['muy bien', null], ['80%', null],
  ])('score %j → %s', (text, value) => {
    expect(readScore(text)).toBe(value);
  });

  it.each([
    ['1.234,56', 1234.56], ['1,234.56', 1234.56], ['1.200', 1200], ['1,200', 1200], ['12,5', 12.5],
    ['€ 300', 300], ['1.234.567', 1234567], ['-20', -20], ['abc', null],
  ])('money %j → %s', (text, value) => {
    expect(readMoney(text)).toBe(value);
  });

  it.each([
    ['35%', 0.35], ['35 %', 0.35], ['35', 0.35], ['0,35', 0.35], ['0.35', 0.35], ['1', 1], ['100', 1], ['150', null], ['-5', null],
  ])('share %j → %s', (text, value) => {
    if (value === null) expect(readShare(text)).toBeNull();
    else expect(readShare(text)).toBeCloseTo(value, 12);
  });

  it.each([
    ['sí', [], true], ['Si', [], true], ['yes', [], true], ['1', [], true], ['X', [], true],
    ['no', [], false], ['0', [], false], ['False', [], false], ['', [], null], ['quizá', [], null],
    ['Baja', CHURN_YES, true], ['perdido', CHURN_YES, true], ['churned', CHURN_YES, true],
  ] as const)('yes/no %j → %s', (text, extra, value) => {
    expect(readYesNo(text, extra)).toBe(value);
  });

  it.each([
    ['Cliente', 'client'], ['customer', 'client'], ['Activo', 'client'],
    ['Ex cliente', 'former'], ['excliente', 'former'], ['antiguo cliente', 'former'], ['Former client', 'former'], ['Inactivo', 'former'], ['baja', 'former'],
    ['Lead', 'lead'], ['contacto', 'lead'], ['Interesado', 'lead'],
    ['Prospecto', 'prospect'], ['prospect', 'prospect'],
    ['', null], ['VIP', null],
  ])('status %j → %s', (text, status) => {
    expect(readStatus(text)).toBe(status);
  });
});
