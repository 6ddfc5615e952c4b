const NUMBER = /^[+-]?(\d{1,3}([.,\s\u00A0]\d{3})+|\d+)([.,]\d+)?$/;

/**
 * True when the cell is a number as people write them: `42`, `-3`, `12,5`, `1.234,56`,
 * `1,234.56`, `1 234`, with an optional `%` or currency sign (`€`, `$`) before or after.
 */
export function isNumberCell(cell: string): boolean {
  const text = cell.trim().replace(/^[€$]\s*|\s*[€$%]$/g, '');
  return NUMBER.test(text);
}
