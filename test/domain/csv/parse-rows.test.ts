import { describe, it, expect } from 'vitest';
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
