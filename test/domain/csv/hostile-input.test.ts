import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/domain/csv/import-csv';

const OPTIONS = { today: 20_600, language: 'es' as const };

/** Text made of the characters that trouble CSV readers most. */
const csvish = fc
  .array(fc.constantFrom(',', ';', '\t', '|', '"', '\n', '\r', '\r\n', ' ', 'a', 'Ñ', '1', '-', '/', '2025-01-31', '31/12/2024', '1.234,5', '€', '\u0000', '\uFEFF', '<td>'), { maxLength: 400 })
  .map((parts) => parts.join(''));

function expectResultOrError(input: string | Uint8Array) {
  const result = importCsv(input, OPTIONS);
  expect(typeof result.ok).toBe('boolean');
  if (!result.ok) expect(typeof result.error.code).toBe('string');
  else expect(result.value.counts.used + result.value.counts.rejected).toBeLessThanOrEqual(result.value.counts.rows);
}

describe('hostile input to the CSV import', () => {
  it('answers random bytes with a result or an error code, never an exception', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 2000 }), expectResultOrError), { numRuns: 400 });
  });

  it('answers any Unicode text with a result or an error code', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 1000 }), expectResultOrError), { numRuns: 400 });
  });

  it('answers text full of quotes, delimiters and line breaks with a result or an error code', () => {
    fc.assert(fc.property(csvish, expectResultOrError), { numRuns: 600 });
  });

  it('answers a header with every later row broken the same way', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), { maxLength: 50 }), (rows) => {
        expectResultOrError(['cliente;fecha;importe', ...rows.map((cells) => cells.join(';'))].join('\n'));
      }),
      { numRuns: 300 },
    );
  });
});
