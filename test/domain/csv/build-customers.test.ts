import { describe, it, expect } from 'vitest';
import { buildCustomers } from '../../../src/domain/csv/build-customers';

describe('buildCustomers', () => {
  const header = ['id', 'nombre', 'email', 'ciudad'];
  const mapping = { id: 0, name: 1, email: 2, city: 3 };

  it('keeps the raw cells and the line of each row', () => {
    const rows = [['1', ' Ana ', 'ana@x.es', 'Lugo'], ['', '', 'luis@x.es', ''], ['', 'Eva', '', 'León']];
    const { table, rejects } = buildCustomers(rows, { header, mapping }, [2, 3, 5]);
    expect(rejects).toEqual([]);
    expect(table).toEqual({ header, rows, rowNumbers: [2, 3, 5], mapping });
  });

  it('rejects a row with neither id, name nor email', () => {
    const { table, rejects } = buildCustomers([['1', 'Ana', '', ''], [' ', '', '', 'Lugo']], { header, mapping });
    expect(table.rows).toEqual([['1', 'Ana', '', '']]);
    expect(rejects).toEqual([{ row: 3, code: 'missing-identity', column: 'id', value: ' ', cells: [' ', '', '', 'Lugo'] }]);
  });

  it('accepts a surname or a full name alone', () => {
    const { table } = buildCustomers([['Ruiz', ''], ['', 'Eva Gil']], { header: ['apellidos', 'nombre completo'], mapping: { surname: 0, fullName: 1 } });
    expect(table.rows.length).toBe(2);
  });
});
