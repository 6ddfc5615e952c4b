import type { ColumnMapping, CustomerField, CustomerTable, RejectedRow } from '../dataset';

export interface CustomerBuildOptions {
  header: readonly string[];
  mapping: ColumnMapping<CustomerField>;
}

export interface CustomerBuilder {
  /** Adds one row of cells found on `line`; false when it was rejected. */
  add(cells: string[], line: number): boolean;
  finish(): { table: CustomerTable; rejects: RejectedRow[] };
}

const IDENTITY: readonly CustomerField[] = ['id', 'email', 'name', 'surname', 'fullName'];

/**
 * Keeps the rows of a customers file as they are (raw cells, read later by the figures that
 * need them) with their line numbers. A row with no id, no name and no email is rejected
 * (`missing-identity`): nothing could tell that customer apart.
 */
export function createCustomerBuilder(options: CustomerBuildOptions): CustomerBuilder {
  const identityColumns = IDENTITY.map((field) => options.mapping[field]).filter((column) => column !== undefined);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  const rejects: RejectedRow[] = [];
  return {
    add(cells, line) {
      if (!identityColumns.some((column) => (cells[column] ?? '').trim() !== '')) {
        const column = identityColumns[0];
        rejects.push({
          row: line,
          code: 'missing-identity',
          column: column === undefined ? undefined : options.header[column],
          value: column === undefined ? undefined : (cells[column] ?? ''),
          cells: [...cells],
        });
        return false;
      }
      rows.push(cells);
      rowNumbers.push(line);
      return true;
    },
    finish: () => ({ table: { header: [...options.header], rows, rowNumbers, mapping: { ...options.mapping } }, rejects }),
  };
}

/** `createCustomerBuilder` over rows in memory; by default the rows follow a one-line header. */
export function buildCustomers(
  rows: readonly string[][],
  options: CustomerBuildOptions,
  lineNumbers?: readonly number[],
): { table: CustomerTable; rejects: RejectedRow[] } {
  const builder = createCustomerBuilder(options);
  rows.forEach((row, i) => builder.add(row, lineNumbers?.[i] ?? i + 2));
  return builder.finish();
}
