import { describe, it, expect } from 'vitest';
import { importCsv, type ImportOptions, type ImportResult } from '../../../src/domain/csv/import-csv';
import type { TransactionTable } from '../../../src/domain/dataset';
import { epochDay, isoToEpochDay } from '../../../src/domain/dates';

const today = epochDay(2026, 1, 15);
const en: ImportOptions = { today, language: 'en' };

function imported(input: string | Uint8Array, options: Partial<ImportOptions> = {}): ImportResult {
  const result = importCsv(input, { ...en, ...options });
  if (!result.ok) throw new Error(`import failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

function transactions(result: ImportResult): TransactionTable {
  if (result.data.kind !== 'transactions') throw new Error('not transactions');
  return result.data.transactions;
}

/** (customer, yyyy-mm-dd, amount) of every row, for comparing with what the file says. */
function triples(table: TransactionTable): [string, number, number][] {
  return Array.from({ length: table.length }, (_, i) => [table.customerIds[table.customer[i]], table.day[i], table.amount[i]]);
}

// The worked example of shared/spec/METRICS.md: 10 transactions of 6 customers.
const WORKED = [
  ['C1', '2024-03-10', 100], ['C1', '2025-02-01', 150], ['C1', '2025-11-20', 50],
  ['C2', '2024-06-15', 200],
  ['C3', '2024-09-01', 80], ['C3', '2025-06-30', 120],
  ['C4', '2025-08-08', 300],
  ['C5', '2023-05-05', 60],
  ['C6', '2024-12-31', 40], ['C6', '2025-01-01', 40],
] as const;

describe('importCsv: the worked example of the metric spec', () => {
  const csv = `customer,date,amount\n${WORKED.map((row) => row.join(',')).join('\n')}\n`;

  it.each([
    ['with a header', csv],
    ['without a header', csv.slice(csv.indexOf('\n') + 1)],
    ['as Spanish Excel writes it', csv.replaceAll(',', ';').replace(/(\d{4})-(\d{2})-(\d{2})/g, '$3/$2/$1').replace('customer;date;amount', 'Cliente;Fecha;Importe (€)')],
  ])('yields its 10 rows and 6 customers %s', (_name, text) => {
    const result = imported(text, { language: 'es' });
    const table = transactions(result);
    expect(result.counts).toEqual({ rows: 10, used: 10, rejected: 0, blankLines: 0 });
    expect(table.customerIds).toEqual(['C1', 'C2', 'C3', 'C4', 'C5', 'C6']);
    expect(triples(table)).toEqual(WORKED.map(([c, d, a]) => [c, isoToEpochDay(d), a]));
    expect(Array.from(table.order)).toEqual(new Array(10).fill(-1));
  });
});

describe('importCsv: the shapes real files come in', () => {
  it('reads a UCI Online Retail extract: m/d/yyyy times, quantity × price, C invoices, rows without customer', () => {
    const text = [
      'InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country',
      '536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,12/1/2010 8:26,2.55,17850,United Kingdom',
      '536365,71053,WHITE METAL LANTERN,6,12/1/2010 8:26,3.39,17850,United Kingdom',
      '536366,22633,HAND WARMER UNION JACK,6,12/13/2010 8:28,1.85,17850,United Kingdom',
      'C536379,D,Discount,-1,12/14/2010 9:41,27.5,14527,United Kingdom',
      'C536383,35004C,"SET OF 3 COLOURED  FLYING DUCKS",1,12/14/2010 9:49,4.65,15311,United Kingdom',
      '536414,22139,,56,12/1/2010 11:52,0,,United Kingdom',
      '536544,21773,DECORATIVE ROSE BATHROOM BOTTLE,1,12/1/2010 14:32,2.51,,United Kingdom',
    ].join('\r\n');
    const result = imported(text);
    const table = transactions(result);
    expect(result.detected).toMatchObject({ delimiter: ',', newline: '\r\n', hasHeader: true, dateOrder: 'mdy', dateOrderAmbiguous: false, cancellationPrefix: true, kind: 'transactions' });
    expect(result.detected.mapping.transactions.mapping).toMatchObject({ orderId: 0, product: 1, quantity: 3, date: 4, unitPrice: 5, customerId: 6 });
    expect(triples(table)).toEqual([
      ['17850', epochDay(2010, 12, 1), 6 * 2.55],
      ['17850', epochDay(2010, 12, 1), 6 * 3.39],
      ['17850', epochDay(2010, 12, 13), 6 * 1.85],
      ['14527', epochDay(2010, 12, 14), -27.5],
      ['15311', epochDay(2010, 12, 14), -4.65],
    ]);
    expect(Array.from(table.order)).toEqual([0, 0, 1, 2, 3]);
    expect(result.rejects.map((r) => [r.row, r.code, r.column])).toEqual([[7, 'missing-customer', 'CustomerID'], [8, 'missing-customer', 'CustomerID']]);
    expect(result.counts).toEqual({ rows: 7, used: 5, rejected: 2, blankLines: 0 });
  });

  it('decides dd/mm from a day above 12 and mm/dd from a second field above 12, whatever the language', () => {
    const dayFirst = imported('cliente,fecha,importe\nC1,05/03/2024,1\nC1,25/03/2024,1\n');
    expect([dayFirst.detected.dateOrder, dayFirst.detected.dateOrderAmbiguous]).toEqual(['dmy', false]);
    expect(Array.from(transactions(dayFirst).day)).toEqual([epochDay(2024, 3, 5), epochDay(2024, 3, 25)]);
    const monthFirst = imported('cliente,fecha,importe\nC1,05/03/2024,1\nC1,03/25/2024,1\n', { language: 'es' });
    expect([monthFirst.detected.dateOrder, monthFirst.detected.dateOrderAmbiguous]).toEqual(['mdy', false]);
    expect(Array.from(transactions(monthFirst).day)).toEqual([epochDay(2024, 5, 3), epochDay(2024, 3, 25)]);
  });

  it('reads ambiguous dates day-first in Spanish, and in English says they are ambiguous', () => {
    const text = 'cliente,fecha,importe\nC1,05/03/2024,1\nC1,06/04/2024,1\n';
    const spanish = imported(text, { language: 'es' });
    expect([spanish.detected.dateOrder, spanish.detected.dateOrderAmbiguous, spanish.warnings]).toEqual(['dmy', true, []]);
    const english = imported(text, { language: 'en' });
    expect(english.detected.dateOrderAmbiguous).toBe(true);
    expect(english.warnings).toEqual([{ code: 'ambiguous-date-order', columns: ['fecha'] }]);
    const chosen = imported(text, { language: 'en', dateOrder: 'dmy' });
    expect([chosen.warnings, Array.from(transactions(chosen).day)]).toEqual([[], [epochDay(2024, 3, 5), epochDay(2024, 4, 6)]]);
  });

  it('settles the date order from rows far down a long file sorted by date', () => {
    const early = Array.from({ length: 6000 }, (_, i) => `C${i % 50};0${1 + (i % 9)}/01/2024;1`);
    const late = Array.from({ length: 6000 }, (_, i) => `C${i % 50};${13 + (i % 15)}/02/2024;1`);
    const text = ['cliente;fecha;importe', ...early, ...late].join('\n');
    expect(text.length).toBeGreaterThan(128 * 1024);
    const result = imported(text, { language: 'en' });
    expect([result.detected.dateOrder, result.detected.dateOrderAmbiguous, result.counts.used]).toEqual(['dmy', false, 12000]);
  });

  it('reads decimal commas and thousands points, and says so', () => {
    const result = imported('cliente;fecha;importe\nC1;2024-01-01;1.234,56\nC2;2024-01-01;-7,5\nC3;2024-01-01;"(3,10)"\n');
    expect([result.detected.delimiter, result.detected.decimal, result.detected.decimalAmbiguous]).toEqual([';', ',', false]);
    expect(Array.from(transactions(result).amount)).toEqual([1234.56, -7.5, -3.1]);
  });

  it('warns when only 1.234-like numbers are seen, and follows the delimiter\'s habit', () => {
    const semicolon = imported('cliente;fecha;importe\nC1;2024-01-01;1.234\nC2;2024-01-01;2.500\n');
    expect([semicolon.detected.decimal, semicolon.warnings]).toEqual([',', [{ code: 'ambiguous-decimal', columns: ['importe'] }]]);
    expect(Array.from(transactions(semicolon).amount)).toEqual([1234, 2500]);
    const comma = imported('cliente,fecha,importe\nC1,2024-01-01,1.234\nC2,2024-01-01,2.500\n');
    expect(Array.from(transactions(comma).amount)).toEqual([1.234, 2.5]);
    const integers = imported('cliente,fecha,importe\nC1,2024-01-01,1234\n');
    expect(integers.warnings).toEqual([]);
  });

  it('decodes Windows-1252 bytes and says so', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('cliente;fecha;importe\n'), 0x50, 0x65, 0xf1, 0x61, ...new TextEncoder().encode(';2024-01-01;12,5\n')]);
    const result = imported(bytes);
    expect(result.detected.encoding).toBe('windows-1252');
    expect(transactions(result).customerIds).toEqual(['Peña']);
  });

  it.each([
    ['bytes', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('cliente\tfecha\timporte\nPeña\t2024-01-01\t3\n')])],
    ['text', '\ufeffcliente\tfecha\timporte\nPeña\t2024-01-01\t3\n'],
  ])('strips a UTF-8 BOM from %s so the first header is recognised', (_name, input) => {
    const result = imported(input);
    expect([result.detected.bom, result.detected.delimiter, result.header[0]]).toEqual([true, '\t', 'cliente']);
    expect(transactions(result).customerIds).toEqual(['Peña']);
  });

  it('counts lines of quoted multi-line fields in the rows of rejects', () => {
    const text = [
      'cliente,nota,fecha,importe',
      'C1,"una nota',
      'de dos líneas",2024-01-01,10',
      'C2,"otra, con coma",2024-01-02,x',
      '',
      'C3,"tres',
      'líneas',
      'aquí",2024-13-01,5',
      ',"sin cliente",2024-01-01,5',
      'C4,corta',
      ',,,',
      'C5,"ok",2024-01-05,7,,',
    ].join('\n');
    const result = imported(text);
    expect(result.rejects.map((r) => [r.row, r.code])).toEqual([
      [4, 'bad-amount'], [6, 'bad-date'], [9, 'missing-customer'], [10, 'ragged-row'], [11, 'empty-row'],
    ]);
    expect(result.counts).toEqual({ rows: 7, used: 2, rejected: 5, blankLines: 1 });
    expect(triples(transactions(result))).toEqual([['C1', epochDay(2024, 1, 1), 10], ['C5', epochDay(2024, 1, 5), 7]]);
  });

  it('rejects a row with something in an extra field as ragged, with its cells', () => {
    const result = imported('cliente,fecha,importe\nC1,2024-01-01,3,oops\n C2 ,2024-01-01,4,\n');
    expect(result.rejects).toEqual([{ row: 2, code: 'ragged-row', cells: ['C1', '2024-01-01', '3', 'oops'] }]);
    expect(transactions(result).customerIds).toEqual(['C2']);
  });

  it('rejects absurd dates', () => {
    const result = imported('cliente,fecha,importe\nC1,1899-05-01,1\nC1,2028-01-01,1\nC1,2026-06-01,1\n');
    expect(result.rejects.map((r) => [r.row, r.code, r.value])).toEqual([[2, 'absurd-date', '1899-05-01'], [3, 'absurd-date', '2028-01-01']]);
  });

  it('detects a margin percentage column and a channel', () => {
    const result = imported('cliente,fecha,importe,margen,canal\nC1,2024-01-01,10,30,web\nC2,2024-01-01,20,25,tienda\n');
    const table = transactions(result);
    expect(result.detected.marginKind).toBe('percent');
    expect(Array.from(table.margin!)).toEqual([3, 5]);
    expect(table.channels).toEqual(['web', 'tienda']);
  });

  it('shows a preview of the first 20 rows', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `C${i},2024-01-01,${i}`);
    const result = imported(`cliente,fecha,importe\n${rows.join('\n')}`);
    expect(result.preview.length).toBe(20);
    expect(result.preview[0]).toEqual(['C0', '2024-01-01', '0']);
    expect(result.header).toEqual(['cliente', 'fecha', 'importe']);
  });

  it('names columns A, B, C when there is no header', () => {
    const result = imported('C1,2024-01-01,3\nC2,2024-01-02,4\n');
    expect([result.detected.hasHeader, result.header]).toEqual([false, ['A', 'B', 'C']]);
  });
});

describe('importCsv: overrides', () => {
  const text = 'a;b;c\nC1;01/02/2024;1,5\nC2;03/04/2024;2,5\n';

  it('follows a mapping, decimal, date order and kind given by the user', () => {
    const result = imported(text, {
      kind: 'transactions', mapping: { transactions: { customerId: 0, date: 1, amount: 2 } }, decimal: ',', dateOrder: 'mdy',
    });
    expect(triples(transactions(result))).toEqual([['C1', epochDay(2024, 1, 2), 1.5], ['C2', epochDay(2024, 3, 4), 2.5]]);
    expect(result.detected).toMatchObject({ kind: 'transactions', kindConfidence: 1, decimal: ',', dateOrder: 'mdy', dateOrderAmbiguous: false });
  });

  it('follows a delimiter and header choice', () => {
    const result = imported('C1|2024-01-01|1\n', { delimiter: '|', hasHeader: false, mapping: { transactions: { customerId: 0, date: 1, amount: 2 } }, kind: 'transactions' });
    expect(triples(transactions(result))).toEqual([['C1', epochDay(2024, 1, 1), 1]]);
  });

  it('reads a file as customers when asked, keeping raw cells', () => {
    const result = imported('id,nombre,email,ciudad\n1,Ana,ana@x.es,Lugo\n,,,León\n2,,luis@x.es,\n');
    expect(result.data.kind).toBe('customers');
    if (result.data.kind !== 'customers') return;
    expect(result.data.customers.rows).toEqual([['1', 'Ana', 'ana@x.es', 'Lugo'], ['2', '', 'luis@x.es', '']]);
    expect(result.data.customers.rowNumbers).toEqual([2, 4]);
    expect(result.rejects).toEqual([{ row: 3, code: 'missing-identity', column: 'id', value: '', cells: ['', '', '', 'León'] }]);
  });

  it('reads the dates of a customers file to say their order', () => {
    const result = imported('id,nombre,fecha de nacimiento\n1,Ana,25/12/1980\n', { kind: 'customers' });
    expect(result.detected.dateOrder).toBe('dmy');
  });
});

describe('importCsv: failures', () => {
  const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('xl/workbook.xml')]);

  it.each([
    ['empty text', '', { code: 'empty' }],
    ['only a BOM', new Uint8Array([0xef, 0xbb, 0xbf]), { code: 'empty' }],
    ['an Excel file', xlsx, { code: 'binary', format: 'xlsx' }],
    ['pasted binary', 'ab\u0000cd', { code: 'binary' }],
    ['HTML', '<html><body><table><tr><td>1</td></tr></table></body></html>', { code: 'html' }],
    ['one column', 'cliente\nC1\nC2\n', { code: 'single-column' }],
  ])('%s', (_name, input, error) => {
    expect(importCsv(input, en)).toEqual({ ok: false, error });
  });

  it('fails on an unclosed quote, at its line, with what was detected', () => {
    const result = importCsv('cliente,fecha,importe\nC1,2024-01-01,1\nC2,"2024-01-01,1\nC3,2024-01-01,1\n', en);
    expect(!result.ok && result.error.code).toBe('unclosed-quote');
    expect(!result.ok && result.error.code === 'unclosed-quote' && [result.error.row, result.error.view.header]).toEqual([3, ['cliente', 'fecha', 'importe']]);
  });

  it.each([
    ['customerId', 'fecha,importe\n2024-01-01,1\n'],
    ['date', 'cliente,importe\nC1,1\n'],
    ['amount', 'cliente,fecha,cantidad\nC1,2024-01-01,2\n'],
  ])('fails when the %s column is missing, with the header and preview to map it by hand', (field, text) => {
    const result = importCsv(text, { ...en, kind: 'transactions' });
    expect(!result.ok && result.error.code).toBe('missing-required-column');
    if (result.ok || result.error.code !== 'missing-required-column') return;
    expect([result.error.field, result.error.kind, result.error.view.preview.length]).toEqual([field, 'transactions', 1]);
  });

  it('fails when a customers file has no id, name or email column', () => {
    const result = importCsv('ciudad,edad\nLugo,30\n', { ...en, kind: 'customers' });
    expect(!result.ok && result.error.code === 'missing-required-column' && result.error.field).toBe('id');
  });

  it('fails when no row can be used, listing why', () => {
    const result = importCsv('cliente,fecha,importe\nC1,ayer,1\n,2024-01-01,2\n', en);
    expect(!result.ok && result.error.code).toBe('no-usable-rows');
    if (result.ok || result.error.code !== 'no-usable-rows') return;
    expect(result.error.rejects.map((r) => r.code)).toEqual(['bad-date', 'missing-customer']);
    expect(result.error.counts).toEqual({ rows: 2, used: 0, rejected: 2, blankLines: 0 });
  });

  it('fails with no-usable-rows for a header alone', () => {
    const result = importCsv('cliente,fecha,importe\n', en);
    expect(!result.ok && result.error.code).toBe('no-usable-rows');
  });
});
