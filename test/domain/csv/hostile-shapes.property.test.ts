import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/domain/csv/import-csv';
import { epochDay } from '../../../src/domain/dates';

const options = { today: epochDay(2026, 1, 15), language: 'es' as const };
const ERROR_CODES = ['empty', 'binary', 'html', 'single-column', 'unclosed-quote', 'missing-required-column', 'no-usable-rows'];
const NAMES = ['Peña', 'José', 'Íñigo', 'Ana', 'Müller', 'Zoë'];

/** One row of a sales file, its name written in UTF-8 or in Windows-1252. */
const row = fc.record({
  name: fc.constantFrom(...NAMES),
  day: fc.integer({ min: 1, max: 28 }),
  amount: fc.integer({ min: 1, max: 9_999 }),
  latin: fc.boolean(),
});

function encodeLine(text: string, latin: boolean): Uint8Array {
  return latin ? Uint8Array.from([...text].map((c) => c.charCodeAt(0))) : new TextEncoder().encode(text);
}

describe('CSV shapes built to hurt', () => {
  it('ends any width, mix of encodings or NUL byte in a result or a clear error', () => {
    fc.assert(
      fc.property(
        fc.array(row, { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 0, max: 3_000 }),
        fc.option(fc.nat(), { nil: undefined }),
        (rows, extraColumns, nulAt) => {
          const extra = Array.from({ length: extraColumns }, (_, i) => `x${i}`);
          const lines = [encodeLine(['cliente', 'fecha', 'importe', ...extra].join(';') + '\n', false)];
          for (const r of rows) {
            const text = [r.name, `2024-03-${String(r.day).padStart(2, '0')}`, String(r.amount), ...extra.map(() => '1')].join(';') + '\n';
            lines.push(encodeLine(text, r.latin));
          }
          const bytes = new Uint8Array(lines.reduce((n, l) => n + l.length, 0));
          lines.reduce((at, l) => (bytes.set(l, at), at + l.length), 0);
          if (nulAt !== undefined) bytes[nulAt % bytes.length] = 0;

          const result = importCsv(bytes, options);
          if (nulAt !== undefined) {
            expect(result).toMatchObject({ ok: false, error: { code: 'binary' } });
            return;
          }
          if (!result.ok) {
            expect(ERROR_CODES).toContain(result.error.code);
            return;
          }
          expect(result.value.header).toHaveLength(3 + extraColumns);
          const highLatin = rows.filter((r) => r.latin && /[^\x00-\x7f]/.test(r.name)).length;
          const highUtf8 = rows.filter((r) => !r.latin && /[^\x00-\x7f]/.test(r.name)).length;
          const misread = result.value.detected.misread;
          if (highLatin > 0 && highUtf8 > 0) expect(misread?.total).toBe(highUtf8);
          else expect(misread).toBeNull();
        },
      ),
      { numRuns: 60 },
    );
  });
});
