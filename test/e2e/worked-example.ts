/** The worked example of the metric specification, written as a Spanish spreadsheet would. */
export const WORKED_EXAMPLE = [
  'cliente;fecha;importe',
  'C1;10/03/2024;100,00', 'C1;01/02/2025;150,00', 'C1;20/11/2025;50,00',
  'C2;15/06/2024;200,00',
  'C3;01/09/2024;80,00', 'C3;30/06/2025;120,00',
  'C4;08/08/2025;300,00',
  'C5;05/05/2023;60,00',
  'C6;31/12/2024;40,00', 'C6;01/01/2025;40,00',
].join('\n');

/** The same rows as plain comma-separated values with ISO dates. */
export const WORKED_EXAMPLE_ISO = [
  'cliente,fecha,importe',
  'C1,2024-03-10,100', 'C1,2025-02-01,150', 'C1,2025-11-20,50',
  'C2,2024-06-15,200',
  'C3,2024-09-01,80', 'C3,2025-06-30,120',
  'C4,2025-08-08,300',
  'C5,2023-05-05,60',
  'C6,2024-12-31,40', 'C6,2025-01-01,40',
].join('\n');
