import { defineMessages } from '../define-messages';

/** Texts of a trustworthy import: the kind of file and why, the header row, spreadsheets, returns. */
export const importTrust = defineMessages({
  es: {
    'metric.customers_no_purchase': 'Sin ninguna compra',
    'metric.customers_no_purchase.explain': 'Clientes cuyas filas hasta la fecha de corte son todas devoluciones o anulaciones: cuentan en el total, pero en ningún nivel de la pirámide.',
    'metric.customers_no_purchase.formula': 'clientes − (activos + inactivos + potenciales + probables)',
  },
  en: {
    'metric.customers_no_purchase': 'No purchase at all',
    'metric.customers_no_purchase.explain': 'Customers whose rows up to the analysis date are all returns or cancellations: they count in the total, but in no level of the pyramid.',
    'metric.customers_no_purchase.formula': 'customers − (active + inactive + potential + probable)',
  },
});
