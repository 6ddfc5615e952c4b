import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { actionsToIcs, escapeIcsText, foldIcsLine } from '../../../src/domain/implementation/ics';
import type { Action } from '../../../src/domain/implementation/action';

const action = (id: string, changes: Partial<Action> = {}): Action => ({
  id, strategyId: 's1', name: id, owner: 'Ana', start: '2026-03-01', end: '2026-03-10', budget: 100, status: 'planned', ...changes,
});

/** A reader written from RFC 5545 for the test: unfold, split name/params/value, unescape TEXT. */
function parseIcs(text: string): { name: string; params: string; value: string }[] {
  return text
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const head = line.slice(0, colon);
      const semi = head.indexOf(';');
      return {
        name: semi === -1 ? head : head.slice(0, semi),
        params: semi === -1 ? '' : head.slice(semi + 1),
        value: line.slice(colon + 1).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c)),
      };
    });
}

const events = (text: string) => {
  const list: Record<string, string>[] = [];
  for (const { name, params, value } of parseIcs(text)) {
    if (name === 'BEGIN' && value === 'VEVENT') list.push({});
    else if (name !== 'END' && list.length > 0 && !('done' in list[list.length - 1])) list[list.length - 1][name + (params ? `;${params}` : '')] = value;
    if (name === 'END' && value === 'VEVENT') list[list.length - 1].done = 'yes';
  }
  return list;
};

describe('actionsToIcs', () => {
  const long = 'Campaña de recuperación de clientes inactivos: llamada, correo postal y cupón de bienvenida «vuelve» — ñandú 😀 ' .repeat(3);
  const actions = [
    action('a1', { name: 'Llamar, uno; a uno\\ ya\nsegunda línea' }),
    action('a2', { name: long, start: '2026-12-31', end: '2026-12-31', status: 'cancelled' }),
    action('bad', { end: '2026-01-01' }),
  ];
  const options = { planId: 'plan-7', stamp: '2026-02-03T04:05:06.789Z', calendarName: 'Plan, 2026', describe: (a: Action) => `Responsable: ${a.owner}` };
  const { text, skipped } = actionsToIcs(actions, options);

  it('wraps all-day VEVENTs in a VCALENDAR with CRLF line ends', () => {
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('folds every line to at most 75 octets', () => {
    const lines = text.split('\r\n');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('reads back to the same texts and dates', () => {
    const [first, second] = events(text);
    expect(first).toMatchObject({
      UID: 'a1.plan-7@fideliza',
      DTSTAMP: '20260203T040506Z',
      'DTSTART;VALUE=DATE': '20260301',
      'DTEND;VALUE=DATE': '20260311',
      SUMMARY: 'Llamar, uno; a uno\\ ya\nsegunda línea',
      DESCRIPTION: 'Responsable: Ana',
      STATUS: 'TENTATIVE',
    });
    expect(second).toMatchObject({ SUMMARY: long, 'DTSTART;VALUE=DATE': '20261231', 'DTEND;VALUE=DATE': '20270101', STATUS: 'CANCELLED' });
    expect(parseIcs(text).find((p) => p.name === 'X-WR-CALNAME')?.value).toBe('Plan, 2026');
  });

  it('escapes TEXT as RFC 5545 asks', () => {
    expect(text).toContain('SUMMARY:Llamar\\, uno\\; a uno\\\\ ya\\nsegunda línea');
  });

  it('skips actions it cannot date and says which', () => {
    expect(skipped).toEqual(['bad']);
    expect(events(text)).toHaveLength(2);
  });

  it('keeps UIDs stable across exports', () => {
    const again = actionsToIcs([actions[1], actions[0]], { ...options, stamp: '2027-01-01T00:00:00Z' }).text;
    const uids = (t: string) => parseIcs(t).filter((p) => p.name === 'UID').map((p) => p.value).sort();
    expect(uids(again)).toEqual(uids(text));
  });

  it('leaves DESCRIPTION out when none is asked for', () => {
    expect(actionsToIcs([action('a')], { planId: 'p', stamp: '2026-01-01T00:00:00Z' }).text).not.toContain('DESCRIPTION');
  });
});

describe('escapeIcsText', () => {
  it.each([
    ['a,b', 'a\\,b'], ['a;b', 'a\\;b'], ['a\\b', 'a\\\\b'], ['a\r\nb', 'a\\nb'], ['a\rb\nc', 'a\\nb\\nc'],
    ['tab\tkept', 'tab\tkept'], ['bell\u0007gone', 'bellgone'], ['ñ', 'ñ'],
  ])('%j → %j', (input, expected) => {
    expect(escapeIcsText(input)).toBe(expected);
  });
});

describe('foldIcsLine', () => {
  it('never splits a character and unfolds to the original', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
      const line = 'SUMMARY:' + s.replace(/[\r\n]/g, '');
      const folded = foldIcsLine(line);
      for (const physical of folded.split('\r\n')) {
        expect(Buffer.byteLength(physical, 'utf8')).toBeLessThanOrEqual(75);
        expect(physical).not.toMatch(/[\uD800-\uDBFF]$/);
      }
      expect(folded.replace(/\r\n /g, '')).toBe(line);
    }));
  });

  it('leaves a 75-octet line alone and folds a 76-octet one', () => {
    expect(foldIcsLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldIcsLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`);
  });
});
