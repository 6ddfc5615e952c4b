// @vitest-environment node
// Node's Blob reads by ranges as the worker's does; jsdom's does not.
import { describe, expect, it } from 'vitest';
import { epochDay } from '../../src/domain/dates';
import { importCsv, type ImportOptions } from '../../src/domain/csv/import-csv';
import { importBlob } from '../../src/workers/stream-import';
import { StoppedError } from '../../src/workers/work-stops';

const options: ImportOptions = { today: epochDay(2026, 1, 1), language: 'es' };

/** A small deterministic generator, so each seed is one file. */
function random(seed: number): () => number {
  let state = seed;
  return () => ((state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/** Cells a sales export holds, plain most of the time and, now and then, each kind of trouble. */
interface FileStyle {
  crlf: boolean;
  orders: boolean;
  product: boolean;
  quoted?: boolean;
  /** Columns of state, cost per unit or margin in percent, and order counts (a file reduced by day). */
  status?: boolean;
  cost?: 'unit-cost' | 'margin-percent';
  counts?: boolean;
}

function salesFile(seed: number, rows: number, style: FileStyle): string {
  const next = random(seed);
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const rare = (share: number) => next() < share;
  const extraHeader = [
    ...(style.status ? ['estado'] : []),
    ...(style.cost === 'unit-cost' ? ['coste_unitario'] : style.cost === 'margin-percent' ? ['margen'] : []),
    ...(style.counts ? ['num_pedidos'] : []),
  ];
  const header = ['id_cliente', 'nombre', 'fecha', ...(style.product ? ['cantidad', 'precio_unitario'] : ['importe']), ...(style.orders ? ['pedido'] : []), 'canal', ...extraHeader];
  const lines = [header.join(';')];
  for (let i = 0; i < rows; i++) {
    let id = `CU${String(Math.floor(next() * 900)).padStart(4, '0')}`;
    if (rare(0.01)) id = pick([` ${id}`, `${id} `, '', '   ', 'Peña 7', `${id}\u00a0`, 'Ñandú']);
    const day = 1 + Math.floor(next() * 28);
    const month = 1 + Math.floor(next() * 12);
    let date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${2022 + Math.floor(next() * 4)}`;
    if (rare(0.01)) date = pick(['', '31/02/2024', '2024-03-10', '10/03/24', '10/03/2024 10:30', '3 mar 2024', '01/01/1850', '01/01/2031', ' 05/05/2025']);
    const cents = Math.floor(next() * 300_000) - (rare(0.03) ? 400_000 : 0);
    let amount = `${Math.trunc(cents / 100).toLocaleString('de-DE')},${String(Math.abs(cents) % 100).padStart(2, '0')}`;
    if (cents < 0 && cents > -100) amount = `-${amount}`;
    if (rare(0.01)) amount = pick(['', 'abc', '12,50 €', '1.23,4', ' 7,00', '(3,00)', '12.', '0']);
    const quantity = rare(0.02) ? pick(['-1', '', '1,5', 'x']) : pick(['1', '2', '3']);
    const amountCells = style.product ? [quantity, amount] : [amount];
    let order = `${Math.floor(next() * 50_000)}`;
    if (rare(0.02)) order = pick([`C${order}`, `c${order}`, '', ` ${order}`, `A${order}`]);
    let channel = pick(['web', 'tienda', 'app', 'teléfono']);
    if (rare(0.01)) channel = pick(['', ' web', 'web ', '  ']);
    // As R and many systems write: every text in quotes, now and then an empty one.
    const text = (cell: string) => (style.quoted ? `"${cell}"` : cell);
    let name = text(pick(['Ana', 'José Peña', 'Íñigo']));
    if (style.quoted && rare(0.01)) name = i > rows * 0.9 ? '"Ana; la de arriba"' : '""';
    const extra = [
      ...(style.status ? [rare(0.05) ? pick(['anulado', 'Devuelto', ' refunded', 'Anulación parcial', '']) : 'servido'] : []),
      ...(style.cost ? [rare(0.02) ? pick(['', 'n/d', '1.2,3', '12 €']) : `${Math.floor(next() * 90)},${Math.floor(next() * 90) + 10}`] : []),
      ...(style.counts ? [rare(0.03) ? pick(['0', '-1', '1,5', '', '2000000', '7']) : pick(['1', '1', '2'])] : []),
    ];
    let line = [text(id), name, text(date), ...amountCells, ...(style.orders ? [text(order)] : []), text(channel), ...extra].join(';');
    if (rare(0.005)) line = pick(['', ';;;;', `${id};${date}`, `${line};extra`, `${line};`]);
    lines.push(line);
  }
  const newline = style.crlf ? '\r\n' : '\n';
  return lines.join(newline) + newline;
}

async function both(bytes: Uint8Array, chunkBytes: number) {
  const whole = importCsv(bytes, options);
  const streamed = await importBlob(new Blob([bytes as BlobPart]), options, { chunkBytes });
  return { whole, streamed };
}

describe('a sales file read from its bytes', () => {
  it.each([
    [1, { crlf: false, orders: false, product: false }, 4096],
    [2, { crlf: true, orders: false, product: false }, 65_537],
    [3, { crlf: false, orders: true, product: false }, 1000],
    [4, { crlf: true, orders: true, product: true }, 7777],
    [5, { crlf: false, orders: false, product: true }, 131_072],
    [11, { crlf: false, orders: true, product: false, quoted: true }, 4096],
    [12, { crlf: true, orders: false, product: true, quoted: true }, 9999],
    [13, { crlf: false, orders: true, product: true, status: true, cost: 'unit-cost' }, 4096],
    [14, { crlf: false, orders: false, product: false, status: true, cost: 'margin-percent', counts: true }, 5000],
  ] as [number, FileStyle, number][])('gives the tables, rejects and counts of the whole text (seed %i, %o, parts of %i bytes)', async (seed, style, chunkBytes) => {
    const utf8 = new TextEncoder().encode(salesFile(seed, 8000, style));
    const { whole, streamed } = await both(utf8, chunkBytes);
    expect(whole.ok).toBe(true);
    expect(streamed).toEqual(whole);
    if (!whole.ok || whole.value.data.kind !== 'transactions') throw new Error('not sales');
    // Every kind of trouble is there, and rows were kept.
    expect(whole.value.rejects.length).toBeGreaterThan(40);
    expect(whole.value.counts.used).toBeGreaterThan(7000);
    expect(whole.value.data.transactions.customerIds).toContain('Peña 7');
  });

  it('hands the rest of the file to the text parser from the first quote, wherever it comes', async () => {
    const plain = salesFile(6, 6000, { crlf: false, orders: true, product: false });
    const quoted = `${plain}CU0001;"Ana; la de ""arriba""\nsegunda línea";02/02/2024;10,00;123;web\n${plain.split('\n').slice(1).join('\n')}`;
    const { whole, streamed } = await both(new TextEncoder().encode(quoted), 5000);
    expect(whole.ok && whole.value.counts.used).toBeGreaterThan(11_000);
    expect(streamed).toEqual(whole);
  });

  it('hands a line break that is not the file’s own to the text parser', async () => {
    const crlf = salesFile(7, 6000, { crlf: true, orders: false, product: false });
    const lone = `${crlf}CU0002;Ana;03/03/2024;5,00;w\neb\r\n${crlf.split('\r\n').slice(1).join('\r\n')}`;
    const { whole, streamed } = await both(new TextEncoder().encode(lone), 4096);
    expect(whole.ok && whole.value.data.kind === 'transactions' && whole.value.data.transactions.channels).toContain('w\neb');
    expect(streamed).toEqual(whole);
  });

  it('reads a Windows-1252 file from its bytes as its whole text is read', async () => {
    const text = salesFile(8, 8000, { crlf: true, orders: false, product: false });
    const bytes = Uint8Array.from(text, (c) => (c === '€' ? 0x80 : c === '\u00a0' ? 0xa0 : c.charCodeAt(0)));
    const { whole, streamed } = await both(bytes, 4096);
    expect(whole.ok && whole.value.detected.encoding).toBe('windows-1252');
    expect(streamed).toEqual(whole);
  });

  it('reads a file again as Windows-1252 when a line far past its head is not UTF-8', async () => {
    const text = salesFile(10, 8000, { crlf: false, orders: false, product: false });
    const utf8 = new TextEncoder().encode(text);
    const late = new Uint8Array([...utf8, ...Uint8Array.from('CU0003;Ib\xf1ez;04/04/2024;6,00;web\n', (c) => c.charCodeAt(0)), ...utf8.subarray(utf8.indexOf(10) + 1)]);
    const { whole, streamed } = await both(late, 4096);
    expect(whole.ok && whole.value.detected.encoding).toBe('windows-1252');
    expect(streamed).toEqual(whole);
  });

  it('refuses a file with a NUL byte in a row read from its bytes, wherever the parts are cut', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `CU${i % 300};Ana;0${1 + (i % 9)}/03/2024;${i},50;web`);
    const utf8 = new TextEncoder().encode(['id_cliente;nombre;fecha;importe;canal', ...lines, ''].join('\n'));
    for (const share of [0.3, 0.6, 0.999]) {
      const at = Math.floor(utf8.length * share);
      const withNul = new Uint8Array([...utf8.subarray(0, at), 0, ...utf8.subarray(at)]);
      for (const chunkBytes of [4096, 4099]) {
        const { whole, streamed } = await both(withNul, chunkBytes);
        expect(whole.ok ? null : whole.error).toEqual({ code: 'binary', format: 'unknown' });
        expect(streamed).toEqual(whole);
      }
    }
  });

  it('reads a file that does not end in a line break, and one with a BOM', async () => {
    const text = salesFile(9, 6000, { crlf: false, orders: false, product: false }).trimEnd();
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const bytes of [new TextEncoder().encode(text), bom]) {
      const { whole, streamed } = await both(bytes, 3001);
      expect(whole.ok).toBe(true);
      expect(streamed).toEqual(whole);
    }
  });
});

describe('a sales file with a line longer than any row', () => {
  it('hands it to the text parser and reads on as its whole text is read', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) => `CU${i % 300};Ana;0${1 + (i % 9)}/03/2024;${i},50;web`);
    const text = ['id_cliente;nombre;fecha;importe;canal', ...lines, `CU4;${'x'.repeat(17 << 20)};05/05/2024;9,00;web`, ...lines].join('\n');
    const { whole, streamed } = await both(new TextEncoder().encode(text), 1 << 20);
    expect(whole.ok && whole.value.counts.used).toBe(6001);
    expect(streamed).toEqual(whole);
  });
});

describe('a read the page stops', () => {
  it('ends at the next part, with nothing read after it', async () => {
    const bytes = new TextEncoder().encode(salesFile(16, 8000, { crlf: false, orders: false, product: false }));
    const parts: number[] = [];
    const reading = importBlob(new Blob([bytes as BlobPart]), options, {
      chunkBytes: 4096,
      onprogress: (progress) => parts.push(progress.bytes),
      stopped: () => parts.length >= 3,
    });
    await expect(reading).rejects.toBeInstanceOf(StoppedError);
    expect(parts).toHaveLength(3);
  });
});
