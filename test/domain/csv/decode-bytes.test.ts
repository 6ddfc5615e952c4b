import { describe, it, expect } from 'vitest';
import { decodeBytes } from '../../../src/domain/csv/decode-bytes';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeBytes', () => {
  it.each([
    ['plain UTF-8', utf8('cliente,importe\nPeña,12'), 'cliente,importe\nPeña,12', 'utf-8', false],
    ['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, ...utf8('a,b')), 'a,b', 'utf-8', true],
    ['Windows-1252 ñ (0xF1)', bytes(0x50, 0x65, 0xf1, 0x61), 'Peña', 'windows-1252', false],
    ['Windows-1252 € (0x80) and á (0xE1)', bytes(0x80, 0x20, 0xe1), '€ á', 'windows-1252', false],
    ['Windows-1252 curly quotes and dash', bytes(0x93, 0x61, 0x94, 0x96), '\u201ca\u201d\u2013', 'windows-1252', false],
    ['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x61, 0x00, 0x3b, 0x00, 0xf1, 0x00), 'a;ñ', 'utf-16le', true],
    ['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0x2c, 0x00, 0x62), 'a,b', 'utf-16be', true],
    ['empty', bytes(), '', 'utf-8', false],
  ])('%s', (_name, input, text, encoding, bom) => {
    expect(decodeBytes(input)).toEqual({ ok: true, value: { text, encoding, bom, misread: null } });
  });

  it('reads as the forced encoding', () => {
    const result = decodeBytes(utf8('Peña'), 'windows-1252');
    expect(result).toEqual({
      ok: true,
      value: { text: 'PeÃ±a', encoding: 'windows-1252', bom: false, misread: { likely: 'utf-8', lines: [1], total: 1, example: { read: 'PeÃ±a', meant: 'Peña' } } },
    });
  });

  it('says which lines of a file mixing UTF-8 and Windows-1252 are read wrongly', () => {
    const file = new Uint8Array([...bytes(...[...'cliente;n\nPe'].map((c) => c.charCodeAt(0)), 0xf1, 0x61, 0x3b, 0x31, 0x0a), ...utf8('José 1;2\nAna;3\nÍñigo;4\n')]);
    const result = decodeBytes(file);
    expect(result.ok && result.value.encoding).toBe('windows-1252');
    expect(result.ok && result.value.misread).toEqual({ likely: 'utf-8', lines: [3, 5], total: 2, example: { read: 'JosÃ©', meant: 'José' } });
    const forced = decodeBytes(file, 'utf-8');
    expect(forced.ok && forced.value.misread).toMatchObject({ likely: 'windows-1252', lines: [2], total: 1, example: { meant: 'Peña' } });
  });

  it('refuses a NUL byte anywhere, far past the first 64 KB too', () => {
    const text = utf8(`cliente;importe
${'C1;10\n'.repeat(40_000)}`);
    expect(text.length).toBeGreaterThan(200_000);
    expect(decodeBytes(text).ok).toBe(true);
    const nul = text.slice();
    nul[nul.length - 3] = 0;
    expect(decodeBytes(nul)).toEqual({ ok: false, error: { code: 'binary', format: 'unknown' } });
  });

  const zipWith = (name: string) => bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, ...utf8(name));
  it.each([
    ['an Excel workbook', zipWith('xl/workbook.xml'), 'xlsx'],
    ['an OpenDocument spreadsheet', zipWith('mimetypeapplication/vnd.oasis.opendocument.spreadsheet'), 'ods'],
    ['another zip', zipWith('readme.txt'), 'zip'],
    ['an old Excel file', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), 'xls'],
    ['a PDF', utf8('%PDF-1.7\n'), 'pdf'],
    ['gzip', bytes(0x1f, 0x8b, 0x08, 0x00), 'gzip'],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), 'image'],
    ['text with a NUL byte', bytes(0x61, 0x2c, 0x00, 0x62), 'unknown'],
    ['mostly control bytes', bytes(0x61, 0x01, 0x02, 0x03, 0x04, 0x62), 'unknown'],
  ])('refuses %s as binary', (_name, input, format) => {
    expect(decodeBytes(input)).toEqual({ ok: false, error: { code: 'binary', format } });
  });
});
