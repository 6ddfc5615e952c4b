import { describe, it, expect } from 'vitest';
import { detectHeader, detectNewline, looksLikeHtml, sniff } from '../../../src/domain/csv/sniff';

const WORKED = 'customer,date,amount\nC1,2024-03-10,100\nC1,2025-02-01,150\nC2,2024-06-15,200\n';

describe('detectNewline', () => {
  it.each([
    ['a,b\nc,d', '\n'],
    ['a,b\r\nc,d', '\r\n'],
    ['a,b\rc,d', '\r'],
    ['a,"x\ny"\r\nb,c', '\r\n'],
    ['a,b', '\n'],
  ])('%j → %j', (text, newline) => {
    expect(detectNewline(text)).toBe(newline);
  });
});

describe('sniff', () => {
  it.each([
    ['comma', WORKED, ',', 3],
    ['semicolon with decimal commas', 'cliente;fecha;importe\nC1;10/03/2024;12,50\nC2;11/03/2024;1.234,56\n', ';', 3],
    ['semicolon, no header, decimal commas', 'C1;10/03/2024;12,50\nC2;11/03/2024;3,20\n', ';', 3],
    ['tab', 'cliente\tfecha\timporte\nC1\t2024-03-10\t12.5\n', '\t', 3],
    ['pipe', 'cliente|fecha|importe\nC1|2024-03-10|12.5\n', '|', 3],
    ['quoted fields holding other delimiters', 'name,city\n"Ruiz; Ana","Madrid|Centro"\n"Peña; José","Lugo|Sur"\n', ',', 2],
    ['quoted fields holding the delimiter', 'name;amount\n"Ruiz; Ana";3\n"Peña; José";4\n', ';', 2],
    ['a quoted field spanning lines', 'id,note\n1,"line one\nline two"\n2,plain\n', ',', 2],
  ])('detects the delimiter: %s', (_name, text, delimiter, fieldCount) => {
    const result = sniff(text);
    expect(result.ok && result.value.delimiter).toBe(delimiter);
    expect(result.ok && result.value.fieldCount).toBe(fieldCount);
  });

  it("follows Excel's sep= line and skips it", () => {
    const result = sniff('sep=;\ncliente;importe\nC1;1,5\n');
    expect(result.ok && [result.value.delimiter, result.value.skipLines, result.value.rows[0]]).toEqual([';', 1, ['cliente', 'importe']]);
  });

  it.each([
    ['English header', WORKED, true],
    ['Spanish header', 'cliente;fecha;importe\nC1;10/03/2024;12,50\nC2;11/03/2024;3\n', true],
    ['no header', 'C1,2024-03-10,100\nC1,2025-02-01,150\nC2,2024-06-15,200\n', false],
    ['no header, one row with numbers', 'C1,2024-03-10,100\n', false],
    ['only a header', 'customer,date,amount\n', true],
    ['all-text table with a header', 'nombre,ciudad\nAna,Madrid\nLuis,Sevilla\n', true],
    ['all-text table without a header: first values repeat', 'Ana,Madrid\nLuis,Madrid\nAna,Sevilla\n', false],
    ['unknown names above numbers', 'foo,bar\nx,1\ny,2\n', true],
  ])('detects a header row: %s', (_name, text, hasHeader) => {
    const result = sniff(text);
    expect(result.ok && result.value.hasHeader).toBe(hasHeader);
  });

  it('takes overrides of delimiter and header', () => {
    const result = sniff(WORKED, { delimiter: ';', hasHeader: false });
    expect(result).toEqual({ ok: false, error: { code: 'single-column' } });
    const forced = sniff('a;b,c\n1;2,3\n', { delimiter: ',', hasHeader: false });
    expect(forced.ok && [forced.value.delimiter, forced.value.hasHeader, forced.value.rows[0]]).toEqual([',', false, ['a;b', 'c']]);
  });

  it.each([
    ['empty text', '', 'empty'],
    ['blank lines only', '  \n\t\n ', 'empty'],
    ['a NUL character', 'a,b\n1,\u00002\n', 'binary'],
    ['garbage from a binary file', '\u0001\u0002\u0003PK\u0004\u0005\u0006\u0007\u0008abc', 'binary'],
    ['a web page', '<!DOCTYPE html>\n<html><body><p>Ventas</p></body></html>', 'html'],
    ['an HTML table', '<table>\n<tr><td>C1</td><td>100</td></tr>\n</table>', 'html'],
    ['one column', 'emails\nana@example.com\nluis@example.com\n', 'single-column'],
    ['one word', 'hello', 'single-column'],
  ])('refuses %s', (_name, text, code) => {
    expect(sniff(text)).toEqual({ ok: false, error: { code } });
  });

  it('accepts a CSV whose description column holds some HTML', () => {
    const text = 'sku,body,price\nA1,"<p>Nice <b>mug</b></p>",12.5\nA2,"<table><tr><td>x</td></tr></table>",3\n';
    expect(looksLikeHtml(text)).toBe(false);
    expect(sniff(text).ok).toBe(true);
  });

  it('drops the last row when the 64 KB sample cuts the text', () => {
    const line = 'C1,2024-03-10,100\n';
    const text = `customer,date,amount\n${line.repeat(5000)}`;
    const result = sniff(text);
    expect(result.ok && result.value.rows.every((row) => row.length === 3)).toBe(true);
  });
});

describe('detectHeader', () => {
  it('is false for no rows', () => {
    expect(detectHeader([])).toBe(false);
  });
});
