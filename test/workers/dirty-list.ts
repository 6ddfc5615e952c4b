import type { CustomerField } from '../../src/domain/dataset';
import { customerTable } from '../domain/quality/table';

export const DIRTY_FIELDS: CustomerField[] = ['id', 'fullName', 'email', 'phone', 'address', 'city', 'postalCode', 'sex', 'paymentMethod'];

/**
 * A small Spanish customer list with known faults (lines 2–8 of its file):
 * - lines 2 and 3 are one person (same e-mail once case and spaces are folded; name reordered, no accents);
 * - lines 5 and 7 are one person (same phone written two ways; second surname added);
 * - line 4 has an invalid e-mail, line 6 no e-mail and no address;
 * - «Madird» and «madrid » are variants of «Madrid»; line 8's name would run as a spreadsheet formula.
 */
export const DIRTY_ROWS = [
  ['C1', 'María José Núñez Peña', 'mj.nunez@correo.es', '612 345 678', 'C/ Mayor 5', 'Madrid', '28013', 'M', 'Tarjeta'],
  ['C2', 'Nuñez Peña, Maria Jose', ' MJ.NUNEZ@CORREO.ES ', '', 'Calle Mayor 5', 'madrid ', '28013', '', ''],
  ['C3', 'Íñigo Sáez de Ibarra', 'inigo@@correo.es', '944 123 456', 'Avda. de la Constitución 12', 'Bilbao', '48001', 'H', 'Bizum'],
  ['C4', 'Rosa Vega', 'rosa.vega@correo.es', '654123456', 'Plaza España 1', 'Madird', '28008', 'M', 'Efectivo'],
  ['C5', 'Luis Gil', '', '+34 611 111 111', '', 'Sevilla', '41001', 'H', ''],
  ['C6', 'Rosa Vega Ruiz', '', '654 12 34 56', 'Pza. España 1', 'Madrid', '28008', '', ''],
  ['C7', '=HYPERLINK("http://x")', 'otro@correo.es', '', 'C/ Sol 1', 'Madrid', '28001', '', ''],
];

export function dirtyTable() {
  return customerTable(DIRTY_FIELDS, DIRTY_ROWS);
}
