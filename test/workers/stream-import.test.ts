// @vitest-environment node
// Node's Blob reads by ranges as the worker's does; jsdom's does not.
import { describe, expect, it } from 'vitest';
import { epochDay } from '../../src/domain/dates';
import { importCsv, type ImportOptions } from '../../src/domain/csv/import-csv';
import { diagnose } from '../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../src/domain/metrics/params';
import { importBlob, type ReadProgress } from '../../src/workers/stream-import';

const options: ImportOptions = { today: epochDay(2026, 1, 1), language: 'es' };
const CHANNELS = ['web', 'tienda', 'teléfono'];
const NAMES = ['José Peña', 'Lucía Núñez', 'Ana', 'Íñigo Ortúzar'];

/**
 * A sales file with every hard case: returns, cancelled lines, rows rejected for each reason,
 * quoted fields holding the delimiter and line breaks, blank lines, accents and €, CRLF.
 */
function salesText(rows: number): string {
  const lines = ['Cliente;Nombre;Fecha;Importe;Estado;Canal;Nota'];
  for (let i = 0; i < rows; i++) {
    const customer = `C${(i * 7919) % 173}`;
    const day = 1 + ((i * 13) % 28);
    const month = 1 + ((i * 5) % 12);
    const date = `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${2023 + (i % 3)}`;
    const cents = 500 + ((i * 104729) % 200000);
    let amount = `${Math.floor(cents / 100).toLocaleString('de-DE')},${String(cents % 100).padStart(2, '0')}`;
    if (i % 31 === 0) amount = `-${amount}`;
    const status = i % 37 === 0 ? 'anulado' : 'servido';
    let note = i % 11 === 0 ? `"nota €; con ""comillas""\r\ny salto de línea"` : '';
    if (i % 53 === 0) note = `"tres\r\nlíneas\r\naquí"`;
    const name = NAMES[i % NAMES.length];
    let line = `${customer};${name};${date};${amount};${status};${CHANNELS[i % 3]};${note}`;
    if (i % 97 === 0) line = `${customer};${name};;${amount};${status};web;`; // missing date
    if (i % 101 === 0) line = `${customer};${name};31/02/2024;${amount};${status};web;`; // bad date
    if (i % 103 === 0) line = `${customer};${name};${date};abc;${status};web;`; // bad amount
    if (i % 107 === 0) line = `;${name};${date};${amount};${status};web;`; // no customer
    if (i % 109 === 0) line = `${customer};${name};${date}`; // ragged
    if (i % 113 === 0) line = ';;;;;;'; // empty row
    lines.push(line);
    if (i % 127 === 0) lines.push(''); // blank line
  }
  return lines.join('\r\n') + '\r\n';
}

function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => (c === '€' ? 0x80 : c.charCodeAt(0)));
}

async function both(bytes: Uint8Array, chunkBytes: number, extra: Partial<ImportOptions> = {}) {
  const whole = importCsv(bytes, { ...options, ...extra });
  const progress: ReadProgress[] = [];
  const streamed = await importBlob(new Blob([bytes as BlobPart]), { ...options, ...extra }, { chunkBytes, onprogress: (p) => progress.push(p) });
  return { whole, streamed, progress };
}

function figuresOf(result: ReturnType<typeof importCsv>) {
  if (!result.ok || result.value.data.kind !== 'transactions') throw new Error('not sales');
  return diagnose({ transactions: result.value.data.transactions, customers: null }, DEFAULT_PARAMS).figures;
}

describe('a file read in parts', () => {
  const text = salesText(12_000);
  const utf8 = new TextEncoder().encode(text);

  it.each([4096, 1000, 65_537])('gives the tables, rejects, counts and figures of the whole text (parts of %i bytes)', async (chunkBytes) => {
    const { whole, streamed, progress } = await both(utf8, chunkBytes);
    expect(whole.ok).toBe(true);
    expect(streamed).toEqual(whole);
    expect(figuresOf(streamed)).toEqual(figuresOf(whole));
    if (!streamed.ok) return;
    // The hard cases are there: returns, cancellations, rejects of every kind with their lines.
    const codes = new Set(streamed.value.rejects.map((r) => r.code));
    expect([...codes].sort()).toEqual(['bad-amount', 'bad-date', 'empty-row', 'missing-customer', 'missing-date', 'ragged-row']);
    expect(streamed.value.counts.blankLines).toBeGreaterThan(0);
    const transactions = streamed.value.data.kind === 'transactions' ? streamed.value.data.transactions : null;
    expect(transactions?.amount.some((a) => a < 0)).toBe(true);
    // Progress in bytes and rows, growing to the whole file.
    expect(progress.length).toBeGreaterThan(1);
    expect(progress.at(-1)).toEqual({ bytes: utf8.length, totalBytes: utf8.length, rows: streamed.value.counts.rows });
    expect(progress.every((p, i) => i === 0 || p.rows >= progress[i - 1].rows)).toBe(true);
  });

  it('keeps the line of a row after quoted line breaks', async () => {
    const { streamed } = await both(utf8, 777);
    if (!streamed.ok) throw new Error('not read');
    const lines = text.split('\r\n');
    // A rejected row's line number points at its first physical line.
    for (const reject of streamed.value.rejects.slice(0, 40)) {
      if (reject.code === 'empty-row') expect(lines[reject.row - 1]).toBe(';;;;;;');
      else expect(lines[reject.row - 1].startsWith(reject.cells![0])).toBe(true);
    }
  });

  it('reads a Windows-1252 file as Windows-1252, as the whole bytes are', async () => {
    const { whole, streamed } = await both(windows1252(text), 3000);
    expect(whole.ok && whole.value.detected.encoding).toBe('windows-1252');
    expect(streamed).toEqual(whole);
  });

  it('finds UTF-8 lines in a Windows-1252 file, past the first part', async () => {
    const mixed = new Uint8Array([...windows1252(text), ...new TextEncoder().encode('C1;José;01/02/2024;10,00;servido;web;\r\n')]);
    const { whole, streamed } = await both(mixed, 5000);
    expect(whole.ok && whole.value.detected.misread?.total).toBe(1);
    expect(streamed).toEqual(whole);
  });

  it('reads with the encoding the person chose', async () => {
    const { whole, streamed } = await both(utf8, 4096, { encoding: 'windows-1252' });
    expect(whole.ok && whole.value.detected.misread).toBeTruthy();
    expect(streamed).toEqual(whole);
  });

  it('says where a quote is never closed', async () => {
    const broken = new TextEncoder().encode(`${text}C1;"sin cerrar;01/02/2024;10,00;servido;web;\r\n${text.split('\r\n').slice(1, 300).join('\r\n')}`);
    const { whole, streamed } = await both(broken, 4096);
    expect(whole.ok ? null : whole.error.code).toBe('unclosed-quote');
    expect(streamed).toEqual(whole);
  });

  it('refuses a file with a NUL byte past its first part', async () => {
    const binary = new Uint8Array([...utf8, 0, ...utf8]);
    const { whole, streamed } = await both(binary, 4096);
    expect(whole.ok ? null : whole.error).toEqual({ code: 'binary', format: 'unknown' });
    expect(streamed).toEqual(whole);
  });
});
