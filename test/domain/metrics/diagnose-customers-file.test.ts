import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS, type AnalysisParams } from '../../../src/domain/metrics/params';
import { customerTable, day, transactionTable, type Row } from './tables';
import { WORKED_EXAMPLE } from './worked-example';

const params = (change: Partial<AnalysisParams> = {}): AnalysisParams => ({ ...DEFAULT_PARAMS, analysisDate: day('2025-12-31'), ...change });

describe('diagnose with a customers file: pyramid', () => {
  const customers = customerTable(['id', 'status'], [
    ['c1', 'Cliente'], // joins C1 of the transactions
    ['X1', 'Lead'],
    ['X2', 'Prospecto'],
    ['X3', ''],
    ['X4', 'Ex cliente'],
  ]);
  const input = { transactions: transactionTable(WORKED_EXAMPLE), customers };

  it('counts activos, inactivos, potenciales and probables', () => {
    const { figures } = diagnose(input, params());
    expect([figures.pyramid_active, figures.pyramid_inactive, figures.pyramid_potential, figures.pyramid_probable]).toEqual([4, 3, 2, 1]);
    expect(figures.customers_total).toBe(10);
  });

  it('gives each person a level; the people only in the file have no purchases', () => {
    const result = diagnose(input, params());
    const level = new Map(result.customers.map((c) => [c.id, c.pyramid]));
    expect(['C1', 'X1', 'X2', 'X3', 'X4'].map((id) => level.get(id))).toEqual(['active', 'potential', 'probable', 'potential', 'inactive']);
    expect(result.basis.customersOnlyInFile).toBe(4);
    expect(result.customers.find((c) => c.id === 'X1')).toMatchObject({ orders: 0, revenue: 0, r: null, segment: null, abc: null });
  });

  it('resto del mundo = market size − the other levels', () => {
    expect(diagnose(input, params({ marketSize: 100 })).figures.pyramid_rest).toBe(90);
    expect(diagnose(input, params()).unavailable.pyramid_rest).toEqual({ code: 'needs-input', field: 'marketSize' });
  });

  it('a typed number of probables wins over the status column', () => {
    const result = diagnose(input, params({ probables: 50, marketSize: 100 }));
    expect(result.figures.pyramid_probable).toBe(50);
    expect(result.figures.pyramid_rest).toBe(41);
    expect(result.notes).toContainEqual({ code: 'probables-typed', value: 50 });
  });

  it('a market smaller than the pyramid gives 0 and a note', () => {
    const result = diagnose(input, params({ marketSize: 5 }));
    expect(result.figures.pyramid_rest).toBe(0);
    expect(result.notes).toContainEqual({ code: 'market-size-below-pyramid', others: 10 });
  });

  it('without a status column, probables need the column or a typed number', () => {
    const noStatus = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: customerTable(['id'], [['X1']]) }, params());
    expect(noStatus.unavailable.pyramid_probable).toEqual({ code: 'needs-column', dataset: 'customers', field: 'status' });
    expect(noStatus.figures.pyramid_potential).toBe(1);
    const noFile = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, params());
    expect(noFile.unavailable.pyramid_probable).toEqual({ code: 'needs-input', field: 'probables' });
    expect(noFile.unavailable.pyramid_potential).toEqual({ code: 'needs-dataset', dataset: 'customers' });
  });
});

describe('diagnose with a customers file: churn', () => {
  const customers = customerTable(['id', 'status', 'churnFlag'], [
    ['A', 'cliente', 'no'], ['B', 'cliente', 'sí'], ['C', 'cliente', 'no'], ['D', 'cliente', 'no'],
    ['L', 'lead', ''], ['P', 'prospecto', ''],
  ]);

  it('without transactions: churn = flagged as lost / customers (leads and prospects left out)', () => {
    const result = diagnose({ transactions: null, customers }, params({ analysisDate: null }));
    expect(result.figures.churn_rate).toBe(0.25);
    expect(result.figures.average_life).toBe(4);
    expect(result.notes).toContainEqual({ code: 'churn-source', source: 'customers' });
    expect(result.unavailable.clv_simple).toEqual({ code: 'needs-dataset', dataset: 'transactions' });
  });

  it('with transactions, when the user picks the file', () => {
    const result = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers }, params({ churnSource: 'customers' }));
    expect(result.figures.churn_rate).toBe(0.25);
    expect(diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers }, params()).notes).toContainEqual({ code: 'churn-source', source: 'transactions' });
  });

  it('from a churn date column: a date means lost', () => {
    const dated = customerTable(['id', 'churnDate'], [['A', ''], ['B', '2025-03-01'], ['C', ''], ['D', '']]);
    expect(diagnose({ transactions: null, customers: dated }, params()).figures.churn_rate).toBe(0.25);
  });

  it('short transaction history falls back to the file', () => {
    const rows: Row[] = [['A', '2025-03-01', 10]];
    const result = diagnose({ transactions: transactionTable(rows), customers }, params());
    expect(result.figures.churn_rate).toBe(0.25);
  });

  it('without churn columns the hint names the churn flag', () => {
    const result = diagnose({ transactions: null, customers: customerTable(['id'], [['A']]) }, params());
    expect(result.unavailable.churn_rate).toEqual({ code: 'needs-column', dataset: 'customers', field: 'churnFlag' });
  });
});

describe('diagnose with a customers file: customer types', () => {
  it('satisfaction on a 1–5 scale × loyalty column', () => {
    const customers = customerTable(['id', 'satisfaction', 'loyalty'], [
      ['A', '5', 'sí'], ['B', '2', 'sí'], ['C', '4', 'no'], ['D', '1', 'no'], ['E', '', 'sí'], ['F', '3', 'no'],
    ]);
    const result = diagnose({ transactions: null, customers }, params());
    expect([result.figures.type_prescriptor, result.figures.type_cautivo, result.figures.type_mercenario, result.figures.type_opositor]).toEqual([1, 1, 1, 2]);
    expect(result.customers.map((c) => c.type)).toEqual(['prescriptor', 'cautivo', 'mercenario', 'opositor', null, 'opositor']);
    // A yes/no loyalty has no border: only satisfaction 3 and 4 (of 5) sit next to the line at 3.5.
    expect(result.customers.map((c) => c.nearTypeBorder)).toEqual([false, false, true, false, false, true]);
    expect(result.figures.type_near_border).toBe(2);
    expect(result.notes).toContainEqual({ code: 'satisfaction-scale', max: 5, inferred: true });
  });

  it('a 0–10 scale is inferred, or typed', () => {
    const customers = customerTable(['id', 'satisfaction', 'loyalty'], [['A', '7', 'sí'], ['B', '9', 'sí'], ['C', '6', 'sí']]);
    expect(diagnose({ transactions: null, customers }, params()).customers.map((c) => c.type)).toEqual(['prescriptor', 'prescriptor', 'cautivo']);
    // On a typed scale of 100 none is high.
    expect(diagnose({ transactions: null, customers }, params({ satisfactionScaleMax: 100 })).figures.type_cautivo).toBe(3);
  });

  it('loyalty from behaviour: active in the current period with at least 2 orders', () => {
    const customers = customerTable(['id', 'satisfaction'], [['C1', '5'], ['C3', '5'], ['C6', '1'], ['C4', '1']]);
    const result = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers }, params());
    const type = new Map(result.customers.map((c) => [c.id, c.type]));
    // C1 has 2 current orders, C3, C6 and C4 one each.
    expect(['C1', 'C3', 'C6', 'C4'].map((id) => type.get(id))).toEqual(['prescriptor', 'mercenario', 'opositor', 'opositor']);
    // Satisfaction 5 and 1 are far from the line; every one of them is one order from the loyalty line.
    const near = new Map(result.customers.map((c) => [c.id, c.nearTypeBorder]));
    expect(['C1', 'C3', 'C6', 'C4'].map((id) => near.get(id))).toEqual([true, true, true, true]);
    expect(result.notes).toContainEqual({ code: 'loyalty-source', source: 'behaviour' });
  });

  it('says which column would unlock the types', () => {
    expect(diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: customerTable(['id'], [['C1']]) }, params()).unavailable.type_prescriptor)
      .toEqual({ code: 'needs-column', dataset: 'customers', field: 'satisfaction' });
    expect(diagnose({ transactions: null, customers: customerTable(['id', 'satisfaction'], [['A', '4']]) }, params()).unavailable.type_opositor)
      .toEqual({ code: 'needs-column', dataset: 'customers', field: 'loyalty' });
  });
});

describe('diagnose with a customers file: value and share of wallet', () => {
  // Current revenue: C1 200, C3 120, C4 300, C6 40 (worked example).
  it('from a category spend column', () => {
    const customers = customerTable(['id', 'categorySpend'], [['C1', '1.000'], ['C4', '600'], ['C2', '500']]);
    const result = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers }, params({ margin: 0.3 }));
    const byId = new Map(result.customers.map((c) => [c.id, c]));
    expect(byId.get('C1')!.shareOfWallet).toBeCloseTo(0.2, 12);
    expect(byId.get('C4')!.shareOfWallet).toBeCloseTo(0.5, 12);
    expect(byId.get('C2')!.shareOfWallet).toBe(0); // bought before, nothing this period
    expect(result.figures.share_of_wallet).toBeCloseTo((0.2 + 0.5 + 0) / 3, 12);
    expect(byId.get('C1')!.strategicValue).toBeCloseTo(800 * 0.3, 10);
    expect(byId.get('C4')!.strategicValue).toBeCloseTo(300 * 0.3, 10);
    expect(result.figures.strategic_value).toBeCloseTo((800 + 300 + 500) * 0.3, 10);
  });

  it('from a share-of-wallet column: category spend = revenue / share', () => {
    const customers = customerTable(['id', 'shareOfWallet'], [['C1', '25%'], ['C4', '0,5']]);
    const result = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers }, params({ margin: 0.3 }));
    expect(result.figures.share_of_wallet).toBeCloseTo(0.375, 12);
    // (800 − 200) · 0.3 + (600 − 300) · 0.3
    expect(result.figures.strategic_value).toBeCloseTo(270, 10);
  });

  it('real value = margin of the customer this period × average life (worked example: C4 = 0.3 · 300 · 4)', () => {
    const result = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, params({ margin: 0.3 }));
    const byId = new Map(result.customers.map((c) => [c.id, c]));
    expect(byId.get('C4')!.clv).toBeCloseTo(360, 10);
    expect(byId.get('C2')!.clv).toBe(0);
    expect(result.figures.real_value).toBeCloseTo(0.3 * 660 * 4, 10);
  });

  it('says which column would unlock them', () => {
    const result = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: customerTable(['id'], [['C1']]) }, params());
    expect(result.unavailable.share_of_wallet).toEqual({ code: 'needs-column', dataset: 'customers', field: 'categorySpend' });
    expect(diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers: null }, params()).unavailable.strategic_value)
      .toEqual({ code: 'needs-dataset', dataset: 'customers' });
  });
});

describe('diagnose with a customers file: churn reasons and joins', () => {
  it('counts churn reasons into the reference categories', () => {
    const customers = customerTable(['id', 'churnReason'], [['A', 'Precio'], ['B', 'muy caro'], ['C', 'Mudanza'], ['D', ''], ['E', 'no sé']]);
    const result = diagnose({ transactions: null, customers }, params());
    expect(result.figures.churn_reasons_total).toBe(4);
    const share = new Map(result.churnReasons!.categories.map((c) => [c.category, c.share]));
    expect([share.get('price'), share.get('moving'), share.get('other')]).toEqual([0.5, 0.25, 0.25]);
    expect(result.customers.map((c) => [c.churnReason, c.churnCategory])).toEqual([
      ['Precio', 'price'], ['muy caro', 'price'], ['Mudanza', 'moving'], [null, null], ['no sé', 'other'],
    ]);
  });

  it('without a reason column says which column', () => {
    const result = diagnose({ transactions: null, customers: customerTable(['id'], [['A']]) }, params());
    expect(result.unavailable.churn_reasons_total).toEqual({ code: 'needs-column', dataset: 'customers', field: 'churnReason' });
    expect(result.churnReasons).toBeNull();
  });

  it('joins by email when the file has no id, and counts rows with nothing to join on', () => {
    const customers = customerTable(['email', 'status'], [['Ana@Example.com ', 'cliente'], ['', 'lead']]);
    const rows: Row[] = [['ana@example.com', '2025-05-01', 10]];
    const result = diagnose({ transactions: transactionTable(rows), customers }, params());
    expect(result.figures.customers_total).toBe(1);
    expect(result.basis.customerFileRowsWithoutId).toBe(1);
    expect(result.notes).toContainEqual({ code: 'customer-rows-without-id', count: 1 });
  });
});
