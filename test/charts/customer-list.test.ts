import { describe, expect, it } from 'vitest';
import { customersCsv, listColumns, selectionName, sortCustomers } from '../../src/charts/customer-list';
import { epochDay } from '../../src/domain/dates';
import { customer } from './fixtures';

const es = { language: 'es', currency: 'EUR' } as const;
const en = { language: 'en', currency: 'EUR' } as const;

const list = [
  customer('C10', { revenue: 50, recencyDays: 3, pyramid: 'active', segment: 'champions' }),
  customer('C2', { revenue: 200.5, recencyDays: null, pyramid: 'potential' }),
  customer('C1', { revenue: 50, recencyDays: 40, pyramid: 'inactive', segment: 'lost' }),
];
const ids = (cs: { id: string }[]) => cs.map((c) => c.id);

describe('sortCustomers', () => {
  it.each([
    ['revenue', 'descending', ['C2', 'C10', 'C1']],
    ['revenue', 'ascending', ['C10', 'C1', 'C2']],
    ['recencyDays', 'ascending', ['C10', 'C1', 'C2']],
    ['recencyDays', 'descending', ['C1', 'C10', 'C2']],
    ['id', 'ascending', ['C1', 'C2', 'C10']],
    ['id', 'descending', ['C10', 'C2', 'C1']],
    ['pyramid', 'ascending', ['C10', 'C1', 'C2']],
    ['segment', 'descending', ['C1', 'C10', 'C2']],
  ] as const)('by %s %s: %o (ties in input order, empty last)', (column, direction, expected) => {
    expect(ids(sortCustomers(list, column, direction, es))).toEqual(expected);
  });

  it('leaves the input alone', () => {
    sortCustomers(list, 'revenue', 'ascending', es);
    expect(ids(list)).toEqual(['C10', 'C2', 'C1']);
  });
});

describe('customersCsv', () => {
  const risky = [
    customer('=HYPERLINK("x")', { revenue: 1234.5, clv: -20, firstDay: epochDay(2024, 3, 1), lastDay: epochDay(2025, 1, 31), pyramid: 'active' }),
    customer('+34 600', { revenue: 0 }),
    customer('@me;you', {}),
  ];

  it('writes Spanish plans with «;», decimal commas and a byte-order mark, formulas neutralised', () => {
    const csv = customersCsv(risky, es);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('Cliente;Nivel;Segmento RFM;ABC;Tipo;Días sin comprar;Pedidos;Ingresos (histórico);Ingresos del periodo;Valor real;Valor estratégico;Primera compra;Última compra');
    expect(lines[1]).toBe(`"'=HYPERLINK(""x"")";Activos;;;;;0;1234,5;0;'-20;;2024-03-01;2025-01-31`);
    expect(lines[2].split(';')[0]).toBe("'+34 600");
    expect(lines[3].split(';')[0]).toBe(`"'@me`);
    expect(lines).toHaveLength(5);
    expect(lines[4]).toBe('');
  });

  it('writes English plans with «,» and decimal points, without a mark', () => {
    const csv = customersCsv(risky.slice(0, 1), en);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")",Active,,,,,0,1234.5,0,'-20,,2024-03-01,2025-01-31`);
  });

  it('adds each reason as written to a list of people who left for a reason', () => {
    const columns = listColumns({ kind: 'churn', category: 'price' });
    expect(columns.slice(0, 3)).toEqual(['id', 'churnReason', 'pyramid']);
    expect(listColumns({ kind: 'type-border' })).not.toContain('churnReason');
    const csv = customersCsv([customer('C9', { churnReason: 'Muy caro', churnCategory: 'price' })], es, columns);
    const [header, row] = csv.slice(1).split('\r\n');
    expect(header.split(';').slice(0, 3)).toEqual(['Cliente', 'Motivo de abandono', 'Nivel']);
    expect(row.split(';').slice(0, 2)).toEqual(['C9', 'Muy caro']);
  });
});

describe('selectionName', () => {
  it.each([
    [{ kind: 'rfm', segment: 'at-risk' }, es, 'Segmento «En riesgo de abandono»'],
    [{ kind: 'abc', abc: 'A' }, en, 'Class A'],
    [{ kind: 'value', quadrant: 'high-high', cuts: { real: 0, strategic: 0 } }, es, 'Cuadrante «Valor alto, mucho por ganar»'],
    [{ kind: 'data-level', level: 3 }, en, 'Data level 3 or above'],
    [{ kind: 'pyramid', level: 'probable' }, es, 'Nivel «Probables»'],
    [{ kind: 'type-border' }, es, 'Clientes en el límite entre tipos'],
    [{ kind: 'churn', category: 'moving' }, es, 'Motivo de abandono «Mudanza»'],
    [{ kind: 'churn', category: 'price' }, en, 'Reason for leaving “Price”'],
  ] as const)('%o', (selection, locale, name) => {
    expect(selectionName(selection, locale)).toBe(name);
  });
});
