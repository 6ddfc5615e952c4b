import { describe, it, expect } from 'vitest';
import Papa from 'papaparse';
import { actionsToCsv } from '../../../src/domain/implementation/actions-csv';
import type { Action } from '../../../src/domain/implementation/action';

const action = (id: string, changes: Partial<Action> = {}): Action => ({
  id, strategyId: 's1', name: id, owner: 'Ana', start: '2026-03-01', end: '2026-03-10', budget: 1234.5, status: 'planned', ...changes,
});
const strategies = [{ id: 's1', name: 'Plan VIP', family: 'retention' as const }];
const parse = (csv: string, delimiter = ',') => Papa.parse<string[]>(csv, { delimiter }).data;

describe('actionsToCsv', () => {
  it('writes a header and one row per action, CRLF, with the strategy name and family', () => {
    const csv = actionsToCsv([action('a1', { predecessorId: 'a0' })], strategies);
    expect(csv).toBe(
      'id,strategy,family,name,owner,start,end,budget,status,predecessor\r\n' +
      'a1,Plan VIP,retention,a1,Ana,2026-03-01,2026-03-10,1234.5,planned,a0',
    );
  });

  it.each([
    ['=HYPERLINK("http://x")', "'=HYPERLINK(\"http://x\")"],
    ['+34 600 000 000', "'+34 600 000 000"],
    ['-dto', "'-dto"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['=1+1\nsegunda línea', "'=1+1\nsegunda línea"],
    ['Ana, Luis; "Pepe"', 'Ana, Luis; "Pepe"'],
    ['normal - text', 'normal - text'],
  ])('escapes the text cell %j', (owner, expected) => {
    const [, row] = parse(actionsToCsv([action('a', { owner })], strategies));
    expect(row[4]).toBe(expected);
  });

  it('escapes formula starts in the strategy name and the action name too', () => {
    const [, row] = parse(actionsToCsv([action('a', { name: '@evil' })], [{ ...strategies[0], name: '=cmd' }]));
    expect([row[1], row[3]]).toEqual(["'=cmd", "'@evil"]);
  });

  it('writes titles in the user\'s language and a decimal comma with ";"', () => {
    const csv = actionsToCsv([action('a')], strategies, { headers: { name: 'Acción', budget: 'Presupuesto' }, delimiter: ';', decimalComma: true });
    const [header, row] = parse(csv, ';');
    expect(header[3]).toBe('Acción');
    expect(header[7]).toBe('Presupuesto');
    expect(header[0]).toBe('id');
    expect(row[7]).toBe('1234,5');
  });

  it('leaves strategy cells empty for an unknown strategy', () => {
    const [, row] = parse(actionsToCsv([action('a', { strategyId: 'gone' })], strategies));
    expect([row[1], row[2]]).toEqual(['', '']);
  });

  it('writes family and status in words when given them', () => {
    const csv = actionsToCsv([action('a', { status: 'in-progress' })], strategies, {
      familyLabel: (family) => ({ acquisition: 'Captación', retention: 'Retención', extension: 'Extensión', recovery: 'Recuperación' })[family],
      statusLabel: (status) => (status === 'in-progress' ? 'En curso' : status),
    });
    const [, row] = parse(csv);
    expect([row[2], row[8]]).toEqual(['Retención', 'En curso']);
  });
});
