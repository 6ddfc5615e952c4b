import { describe, expect, it } from 'vitest';
import { suggestMapping } from '../../../src/domain/csv/suggest-mapping';

const repeat = (n: number, make: (i: number) => string[]) => Array.from({ length: n }, (_, i) => make(i));

describe('mappings checked against the values', () => {
  it('a Yes/No column is never a phone (telecom «PhoneService»)', () => {
    const header = ['customerID', 'gender', 'PhoneService', 'MultipleLines', 'Churn'];
    const rows = repeat(40, (i) => [`${7590 + i}-VHVEG`, i % 2 ? 'Male' : 'Female', i % 3 ? 'Yes' : 'No', i % 4 ? 'No phone service' : 'Yes', i % 5 ? 'No' : 'Yes']);
    const { customers } = suggestMapping(header, rows);
    expect(customers.mapping.phone).toBeUndefined();
    expect(customers.mapping.churnFlag).toBe(4);
  });

  it('a true/false column is never a phone either', () => {
    const rows = repeat(20, (i) => [String(i), i % 2 ? 'true' : 'false']);
    expect(suggestMapping(['id', 'telefono'], rows).customers.mapping.phone).toBeUndefined();
  });

  it('a real phone column stays a phone', () => {
    const rows = repeat(20, (i) => [String(i), `6${String(12_345_670 + i)}`]);
    expect(suggestMapping(['id', 'telefono'], rows).customers.mapping.phone).toBe(1);
  });

  it('a postal-code header is never an amount, nor are five-digit codes', () => {
    const rows = repeat(30, (i) => [`c${i}@correo.es`, `Cliente ${i}`, `${28000 + i}`, `19${60 + (i % 30)}-05-0${1 + (i % 9)}`]);
    const named = suggestMapping(['email', 'nombre', 'codigo_postal', 'fecha_nacimiento'], rows).transactions.mapping;
    expect(named.amount).toBeUndefined();
    expect(named.date).toBeUndefined();
    const unnamed = suggestMapping(['email', 'nombre', 'zona', 'nacido'], rows).transactions.mapping;
    expect(unnamed.amount).toBeUndefined();
    expect(suggestMapping(['email', 'nombre', 'codigo_postal', 'fecha_nacimiento'], rows).kind).toBe('customers');
  });

  it('money with decimals is still an amount', () => {
    const rows = repeat(30, (i) => [`C${i % 5}`, '2025-01-0' + (1 + (i % 9)), `${12 + i},50`]);
    expect(suggestMapping(['cliente', 'fecha', 'total'], rows).transactions.mapping.amount).toBe(2);
  });

  it.each([['¿Volvería a comprar?'], ['Would buy again'], ['recompra'], ['Intención de recompra']])(
    'offers a repurchase-intent column «%s» as the loyalty column',
    (name) => {
      const rows = repeat(10, (i) => [String(i), i % 2 ? 'Sí' : 'No']);
      expect(suggestMapping(['id', name], rows).customers.mapping.loyalty).toBe(1);
    },
  );
});
