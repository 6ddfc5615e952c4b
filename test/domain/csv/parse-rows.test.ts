import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { forEachRow } from '../../../src/domain/csv/parse-rows';

function collect(text: string, newline: '\n' | '\r\n' | '\r', chunkSize?: number) {
  const rows: { cells: string[]; line: number }[] = [];
  const result = forEachRow(text, { delimiter: ',', newline, chunkSize }, (cells, line) => rows.push({ cells, line }));
  return { result, rows };
}

describe('forEachRow', () => {
  const text = 'id,note\n1,"two\nlines"\n2,plain\n\n3,"three\nlines\nhere"\n4,"a ""quoted"", word"\n5,end';
  const expected = [
    { cells: ['id', 'note'], line: 1 },
    { cells: ['1', 'two\nlines'], line: 2 },
    { cells: ['2', 'plain'], line: 4 },
    { cells: [''], line: 5 },
    { cells: ['3', 'three\nlines\nhere'], line: 6 },
    { cells: ['4', 'a "quoted", word'], line: 9 },
    { cells: ['5', 'end'], line: 10 },
  ];

  it.each([undefined, 5, 7, 13, 64])('gives each row with the line it starts on (chunk size %s)', (chunkSize) => {
    const { result, rows } = collect(text, '\n', chunkSize);
    expect(result.ok).toBe(true);
    expect(rows).toEqual(expected);
  });

  it.each([
    ['\r\n', text.replaceAll('\n', '\r\n')],
    ['\r', text.replaceAll('\n', '\r')],
  ] as const)('counts lines the same with %j line breaks', (newline, converted) => {
    const { rows } = collect(converted, newline);
    expect(rows.map((row) => row.line)).toEqual(expected.map((row) => row.line));
  });

  it('fails on a quote opened and never closed, at the line it opens', () => {
    const { result, rows } = collect('a,b\n1,2\n3,"never closed\n4,5\n6,7\n', '\n');
    expect(result).toEqual({ ok: false, error: { code: 'unclosed-quote', row: 3 } });
    expect(rows.map((row) => row.line)).toEqual([1, 2]);
  });

  it('fails the same way when the quote opens in a later chunk', () => {
    const { result } = collect('a,b\n1,2\n3,4\n5,"open\n6,7\n', '\n', 6);
    expect(result).toEqual({ ok: false, error: { code: 'unclosed-quote', row: 4 } });
  });
});

describe('forEachRow on parts without quotes', () => {
  // Such parts are split rather than scanned: the rows must be those of the quote-aware parser.
  const text = 'a,b,c\r\n1,,3\r\n\r\n,,\r\n4,5\r\n6,7,8,9\r\nx\ry,z,\r\n \r\nlast,row,';
  it.each([undefined, 3, 8, 11, 1000])('gives the rows and lines PapaParse gives with its full parser (chunk size %s)', (chunkSize) => {
    const rows: { cells: string[]; line: number }[] = [];
    forEachRow(text, { delimiter: ',', newline: '\r\n', chunkSize }, (cells, line) => rows.push({ cells, line }));
    const full = Papa.parse<string[]>(text, { delimiter: ',', newline: '\r\n', header: false, fastMode: false }).data;
    expect(rows).toEqual(full.map((cells, i) => ({ cells, line: i + 1 })));
    expect(rows.map((r) => r.cells)).toContainEqual(['x\ry', 'z', '']);
  });
});
