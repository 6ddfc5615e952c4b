import { describe, it, expect } from 'vitest';
import {
  detectCancellationPrefix, detectMarginKind, isCancelledStatus, isUnitCostHeader, marginOf,
} from '../../../src/domain/csv/transaction-conventions';
import { makeNumberParser } from '../../../src/domain/csv/number-format';

const parse = makeNumberParser('.');

describe('detectMarginKind', () => {
  it.each([
    ['percent signs', ['30%', '25 %', '40%'], [10, 20, 15], 'percent'],
    ['numbers above the line amounts, within 100', ['30', '25', '40'], [10, 20, 15], 'percent'],
    ['fractions on lines worth more than 5', ['0.3', '0.25', '0.4'], [100, 50, 80], 'fraction'],
    ['money below the line amounts', ['3', '5', '4.5'], [10, 20, 15], 'amount'],
    ['money above 100', ['150', '300'], [100, 200], 'amount'],
    ['small money on small lines', ['0.3', '0.5'], [1, 2], 'amount'],
    ['no values', ['', ''], [10, 20], 'amount'],
  ])('%s → %s', (_name, margins, amounts, kind) => {
    expect(detectMarginKind(margins, parse, amounts)).toBe(kind);
  });
});

describe('marginOf', () => {
  it.each([
    [30, 'percent', 200, 60],
    [0.25, 'fraction', 200, 50],
    [12, 'amount', 200, 12],
    [30, 'percent', -200, -60],
  ] as const)('%s as %s of %s → %s', (value, kind, amount, margin) => {
    expect(marginOf(value, kind, amount)).toBe(margin);
  });
});

describe('detectCancellationPrefix', () => {
  it.each([
    [['536365', 'C536379', '536366'], true],
    [['536365', '536366'], false],
    [['C1', 'C2', 'C3'], false],
    [['CO-2024-1', 'CO-2024-2'], false],
    [['A-1', 'C-2'], false],
    [['', '536365', '536366', 'c536379'], true],
    [['536365', 'C536379'], false],
  ])('%j → %s', (ids, expected) => {
    expect(detectCancellationPrefix(ids)).toBe(expected);
  });
});

describe('isCancelledStatus', () => {
  it.each([
    ['Anulado', true], ['CANCELADA', true], ['devuelto', true], ['Devolución', true], ['Pedido cancelado', true],
    ['Cancelled', true], ['canceled', true], ['Returned', true], ['refund', true], ['Reembolsado', true],
    ['Factura rectificativa', true],
    ['Pagado', false], ['Abonado', false], ['Entregado', false], ['completed', false], ['', false], ['Enviado', false],
  ])('%j → %s', (status, expected) => {
    expect(isCancelledStatus(status)).toBe(expected);
  });
});

describe('isUnitCostHeader', () => {
  it.each([['Coste unitario', true], ['UnitCost', true], ['Coste por ud.', true], ['Coste', false], ['Total cost', false]])(
    '%j → %s',
    (header, expected) => {
      expect(isUnitCostHeader(header)).toBe(expected);
    },
  );
});
