import type { ColumnMapping, CustomerField, CustomerTable } from '../../../src/domain/dataset';

/** A customers table for tests: one column per field (null = an unmapped column), header = the field name. */
export function customerTable(fields: readonly (CustomerField | null)[], rows: readonly (readonly string[])[]): CustomerTable {
  const mapping: ColumnMapping<CustomerField> = {};
  fields.forEach((field, column) => {
    if (field) mapping[field] = column;
  });
  return {
    header: fields.map((field, column) => field ?? `extra${column}`),
    rows: rows.map((row) => row.slice()),
    rowNumbers: rows.map((_, i) => i + 2),
    mapping,
  };
}
