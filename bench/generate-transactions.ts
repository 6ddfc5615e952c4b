import { closeSync, existsSync, openSync, renameSync, writeSync } from 'node:fs';

/**
 * Deterministic synthetic sales files for benchmarks: the same (rows, customers, seed, style)
 * always gives the same text. Columns: customer id, email, name, date, amount, channel.
 * `comma`: `,` ISO dates and decimal point; `semicolon`: `;` dd/mm/yyyy and decimal comma with
 * thousands points, as Spanish Excel writes it. About 3 % of lines are returns (negative).
 */
export type TransactionCsvStyle = 'comma' | 'semicolon';

/** mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST_NAMES = ['Ana', 'Luis', 'María', 'José', 'Lucía', 'Javier', 'Carmen', 'David', 'Laura', 'Pablo', 'Elena', 'Sergio'];
const SURNAMES = ['García', 'Martínez', 'López', 'Sánchez', 'Pérez', 'Gómez', 'Martín', 'Jiménez', 'Ruiz', 'Hernández', 'Díaz', 'Peña'];
const CHANNELS = ['web', 'tienda', 'telefono', 'app', 'marketplace'];
const FIRST_DAY = Date.UTC(2023, 0, 1) / 86_400_000;
const DAYS = 3 * 365;

function amountText(cents: number, style: TransactionCsvStyle): string {
  const negative = cents < 0;
  const abs = Math.abs(cents);
  const units = String(Math.floor(abs / 100));
  const fraction = String(abs % 100).padStart(2, '0');
  const sign = negative ? '-' : '';
  if (style === 'comma') return `${sign}${units}.${fraction}`;
  return `${sign}${units.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${fraction}`;
}

/** The file's lines, header first, without line breaks. */
export function* transactionLines(rows: number, customers: number, seed: number, style: TransactionCsvStyle = 'comma'): Generator<string> {
  const random = seededRandom(seed);
  const delimiter = style === 'comma' ? ',' : ';';
  const people = Array.from({ length: customers }, (_, i) => {
    const id = `CU${String(i + 1).padStart(6, '0')}`;
    const name = `${FIRST_NAMES[Math.floor(random() * FIRST_NAMES.length)]} ${SURNAMES[Math.floor(random() * SURNAMES.length)]}`;
    return `${id}${delimiter}${id.toLowerCase()}@example.com${delimiter}${name}`;
  });
  const dates = Array.from({ length: DAYS }, (_, i) => {
    const iso = new Date((FIRST_DAY + i) * 86_400_000).toISOString().slice(0, 10);
    return style === 'comma' ? iso : `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
  });
  yield style === 'comma' ? 'customer_id,email,name,date,amount,channel' : 'id_cliente;correo;nombre;fecha;importe;canal';
  for (let i = 1; i <= rows; i++) {
    // Skewed: a few customers buy much more often than most.
    const person = people[Math.floor(customers * random() ** 2)];
    const day = dates[Math.floor(random() * DAYS)];
    let cents = Math.round((5 + 1995 * random() ** 3) * 100);
    if (random() < 0.03) cents = -cents;
    const channel = CHANNELS[Math.floor(random() * CHANNELS.length)];
    yield `${person}${delimiter}${day}${delimiter}${amountText(cents, style)}${delimiter}${channel}`;
  }
}

export function generateTransactionsCsv(rows: number, customers: number, seed: number, style: TransactionCsvStyle = 'comma'): string {
  return [...transactionLines(rows, customers, seed, style)].join('\n') + '\n';
}

/**
 * The same file written to `path` a few thousand lines at a time (a 5M-row file is too big to
 * build as one string); kept when it is there already, since the same arguments give the same bytes.
 */
export function writeTransactionsCsv(path: string, rows: number, customers: number, seed: number, style: TransactionCsvStyle = 'comma'): void {
  if (existsSync(path)) return;
  const partial = `${path}.part`;
  const fd = openSync(partial, 'w');
  let batch: string[] = [];
  for (const line of transactionLines(rows, customers, seed, style)) {
    batch.push(line);
    if (batch.length === 10_000) {
      writeSync(fd, batch.join('\n') + '\n');
      batch = [];
    }
  }
  if (batch.length > 0) writeSync(fd, batch.join('\n') + '\n');
  closeSync(fd);
  renameSync(partial, path);
}
