import type { ColumnMapping, CustomerField } from '../../../domain/dataset';

/** Who a row is, for a person reading a list: the name, else the e-mail, else the id. */
export function customerLabel(cells: readonly string[], mapping: ColumnMapping<CustomerField>): string {
  const cell = (field: CustomerField) => {
    const column = mapping[field];
    return column === undefined ? '' : (cells[column] ?? '').trim();
  };
  const name = cell('fullName') || `${cell('name')} ${cell('surname')}`.trim();
  return name || cell('email') || cell('id') || '—';
}
