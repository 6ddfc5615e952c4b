import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CustomerField } from '../../../src/domain/dataset';
import { revertCellEdits } from '../../../src/domain/quality/cell-edits';
import { applyNormalisation, applyRule, proposeNormalisation, type NormaliseRule } from '../../../src/domain/quality/normalise';
import { customerTable } from './table';

function normaliseOne(field: CustomerField, cell: string, country?: string) {
  const changes = proposeNormalisation(customerTable([field], [[cell]]), { country });
  return { after: changes[0]?.after ?? cell, rules: changes[0]?.rules ?? [] };
}

describe('proposeNormalisation, one cell per field', () => {
  it.each<[CustomerField, string, string, NormaliseRule[]]>([
    ['fullName', 'maría del carmen de la fuente', 'María del Carmen de la Fuente', ['name-case']],
    ['fullName', '  JOSÉ   LUIS  GARCÍA-PELAYO ', 'José Luis García-Pelayo', ['spaces', 'name-case']],
    ['fullName', 'garcía lópez, ana', 'García López, Ana', ['name-case']],
    ['name', 'íñigo', 'Íñigo', ['name-case']],
    ['surname', 'MUÑOZ DE LA PEÑA', 'Muñoz de la Peña', ['name-case']],
    ['city', 'SANTA CRUZ DE TENERIFE', 'Santa Cruz de Tenerife', ['name-case']],
    ['province', 'a coruña', 'A Coruña', ['name-case']],
    ['email', ' Ana.Garcia@Gmail.COM ', 'ana.garcia@gmail.com', ['spaces', 'email']],
    ['phone', '612 34 56 78', '+34612345678', ['phone']],
    ['phone', '0034 612345678', '+34612345678', ['phone']],
    ['phone', '+44 20 7946 0958', '+442079460958', ['phone']],
    ['phone', 'no tiene', 'no tiene', []],
    ['postalCode', '8001', '08001', ['postal-code']],
    ['postalCode', ' 28001', '28001', ['spaces']],
    ['address', 'C/ MAYOR 5, 3º B', 'Calle Mayor 5, 3º B', ['street-type']],
    ['address', 'Avda.  de la Constitución 12', 'Avenida de la Constitución 12', ['spaces', 'street-type']],
    ['address', 'Pza. de España 1', 'Plaza de España 1', ['street-type']],
    ['birthDate', '15/03/1980', '1980-03-15', ['date-iso']],
    ['registeredAt', '2024-01-05 10:22', '2024-01-05', ['date-iso']],
    ['birthDate', '31/02/1980', '31/02/1980', []],
    ['sex', '  Mujer ', 'Mujer', ['spaces']],
    ['origin', 'redes  sociales', 'redes sociales', ['spaces']],
  ])('%s %j → %j', (field, cell, after, rules) => {
    expect(normaliseOne(field, cell)).toEqual({ after, rules });
  });

  it('uses the plan country for phones and postal codes', () => {
    expect(normaliseOne('phone', '06 12 34 56 78', 'FR').after).toBe('+33612345678');
    expect(normaliseOne('postalCode', '1067', 'DE').after).toBe('01067');
  });

  it('uses the row country where the table has one', () => {
    const table = customerTable(['phone', 'country'], [['06 12 34 56 78', 'Francia'], ['612345678', 'España']]);
    expect(proposeNormalisation(table).map((c) => c.after)).toEqual(['+33612345678', '+34612345678']);
  });

  it('reads a date column in the order its values show', () => {
    const table = customerTable(['birthDate'], [['03/04/1990'], ['12/25/1990']]);
    expect(proposeNormalisation(table).map((c) => c.after)).toEqual(['1990-03-04', '1990-12-25']);
  });

  it('reads a date only the other order allows that way', () => {
    const table = customerTable(['birthDate'], [['25/04/1990'], ['05/13/1990']]);
    expect(proposeNormalisation(table).map((c) => c.after)).toEqual(['1990-04-25', '1990-05-13']);
  });

  it('runs only the rules asked for', () => {
    const table = customerTable(['fullName', 'email'], [['  ana  garcía', 'ANA@X.ES']]);
    const changes = proposeNormalisation(table, { rules: ['email'] });
    expect(changes).toEqual([{ row: 0, column: 1, before: 'ANA@X.ES', after: 'ana@x.es', rules: ['email'] }]);
  });

  it('previews without changing the table, and lists row, column, before and after', () => {
    const table = customerTable(['id', 'fullName'], [['C1', 'ana garcía'], ['C2', 'Luis Gil']]);
    const changes = proposeNormalisation(table);
    expect(changes).toEqual([{ row: 0, column: 1, before: 'ana garcía', after: 'Ana García', rules: ['name-case'] }]);
    expect(table.rows[0][1]).toBe('ana garcía');
  });
});

const FIELDS: CustomerField[] = ['fullName', 'email', 'phone', 'postalCode', 'address', 'city', 'birthDate', 'sex'];
const PIECES: Record<string, string[]> = {
  fullName: ['maría', 'DEL', 'carmen', 'de la', 'Fuente', 'garcía-pelayo', 'ÑÚÑEZ', "o'donnell", 'McDonald', ',', ' '],
  email: ['Ana', '.', '@', 'GMAIL', 'com', ' ', 'ñ'],
  phone: ['+', '34', '6', '12', ' ', '(', ')', '-', '00', '9', 'A'],
  postalCode: ['0', '8', '28', '001', ' ', 'A', '-'],
  address: ['C/', 'Avda.', 'Pza.', 'Pº', 'calle', 'MAYOR', ' ', 'de la', '5', ',', '3º', 'b', 's/n'],
  city: ['madrid', 'SANTA', 'cruz', 'de', "l'hospitalet", ' ', 'Á'],
  birthDate: ['15', '03', '1980', '/', '-', '12', '25', '2024', 'T10:00', ' '],
  sex: ['M', ' ', 'mujer', 'H'],
};
const cellOf = (field: string) => fc.array(fc.constantFrom(...PIECES[field]), { maxLength: 6 }).map((parts) => parts.join(''));
const rowArb = fc.tuple(...FIELDS.map(cellOf));

describe('applyRule: one rule on its own, for the preview', () => {
  const table = customerTable(['email', 'fullName', 'birthDate'], [
    [' MJ.NUNEZ@CORREO.ES ', '  maría  núñez ', '05/13/1990'],
    ['ana@correo.es', 'ANA GIL', '04/01/1985'],
  ]);
  const all = [{ row: 0, column: 0 }, { row: 0, column: 1 }, { row: 0, column: 2 }, { row: 1, column: 2 }];

  it.each<[NormaliseRule, string[]]>([
    ['spaces', ['MJ.NUNEZ@CORREO.ES', 'maría núñez', '05/13/1990', '04/01/1985']],
    ['email', ['mj.nunez@correo.es', '  maría  núñez ', '05/13/1990', '04/01/1985']],
    ['name-case', [' MJ.NUNEZ@CORREO.ES ', 'María Núñez', '05/13/1990', '04/01/1985']],
    // the column says month first (13 cannot be a month): 04/01 is the 1st of April
    ['date-iso', [' MJ.NUNEZ@CORREO.ES ', '  maría  núñez ', '1990-05-13', '1985-04-01']],
  ])('%s changes only what it is for', (rule, after) => {
    expect(applyRule(table, rule, all)).toEqual(after);
  });
});

describe('normalisation properties', () => {
  it('is idempotent: normalising its own output proposes nothing', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const table = customerTable(FIELDS, rows);
        const changes = proposeNormalisation(table);
        const applied = applyNormalisation(table, changes);
        if (!applied.ok) return false;
        expect(proposeNormalisation(applied.value)).toEqual([]);
        expect(revertCellEdits(applied.value, changes)).toEqual({ ok: true, value: table });
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('proposes only real changes, each applicable to the table as it is', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 8 }), (rows) => {
        const table = customerTable(FIELDS, rows);
        const changes = proposeNormalisation(table);
        for (const change of changes) {
          expect(change.before).toBe(table.rows[change.row][change.column]);
          expect(change.after).not.toBe(change.before);
          expect(change.rules.length).toBeGreaterThan(0);
        }
        return applyNormalisation(table, changes).ok;
      }),
      { numRuns: 200 },
    );
  });
});
