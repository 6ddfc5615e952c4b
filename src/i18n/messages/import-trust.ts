import { defineMessages } from '../define-messages';

/** Texts of a trustworthy import: the kind of file and why, the header row, spreadsheets, returns. */
export const importTrust = defineMessages({
  es: {
    'metric.customers_no_purchase': 'Sin ninguna compra',
    'metric.customers_no_purchase.explain': 'Clientes cuyas filas hasta la fecha de corte son todas devoluciones o anulaciones: cuentan en el total, pero en ningún nivel de la pirámide.',
    'metric.customers_no_purchase.formula': 'clientes − (activos + inactivos + potenciales + probables)',

    'kindWhy.title': 'Tipo de fichero',
    'kindWhy.rows': ({ n }) => `${n} filas por cliente de media`,
    'kindWhy.oneRow': 'una fila por cliente',
    'kindWhy.dateAndAmount': 'con fecha e importe',
    'kindWhy.noDateAndAmount': 'sin fecha de venta ni importe',
    'kindWhy.contacts': ({ columns }) => `con datos de contacto (${columns})`,
    'kindWhy.transactions': 'ventas',
    'kindWhy.customers': 'lista de clientes',
    'kindWhy.sentence': ({ signs, kind }) => `${signs}: ${kind}.`,
    'question.weak-kind': ({ kind }) => `Las señales no son claras. ¿Es de verdad un fichero de ${kind}? Compruébalo en «Tipo de datos» y en el significado de las columnas antes de usarlo.`,
    'question.weak-kind.confirm': ({ kind }) => `Sí, son ${kind}`,
    'question.few-usable-rows': ({ used, rows }) => `Solo se pueden usar ${used} de ${rows} filas, menos de la mitad. Revisa el tipo de datos, la cabecera y el significado de las columnas: puede que el fichero se esté leyendo mal.`,
    'question.few-usable-rows.confirm': ({ used }) => `Usar igualmente solo esas ${used} filas`,
  },
  en: {
    'metric.customers_no_purchase': 'No purchase at all',
    'metric.customers_no_purchase.explain': 'Customers whose rows up to the analysis date are all returns or cancellations: they count in the total, but in no level of the pyramid.',
    'metric.customers_no_purchase.formula': 'customers − (active + inactive + potential + probable)',
    'kindWhy.title': 'Kind of file',
    'kindWhy.rows': ({ n }) => `${n} rows per customer on average`,
    'kindWhy.oneRow': 'one row per customer',
    'kindWhy.dateAndAmount': 'with a date and an amount',
    'kindWhy.noDateAndAmount': 'no sale date or amount',
    'kindWhy.contacts': ({ columns }) => `with contact details (${columns})`,
    'kindWhy.transactions': 'sales',
    'kindWhy.customers': 'a customer list',
    'kindWhy.sentence': ({ signs, kind }) => `${signs}: ${kind}.`,
    'question.weak-kind': ({ kind }) => `The signs are not clear. Is this really a ${kind} file? Check «Kind of data» and the meaning of the columns before using it.`,
    'question.weak-kind.confirm': ({ kind }) => `Yes, it holds ${kind}`,
    'question.few-usable-rows': ({ used, rows }) => `Only ${used} of ${rows} rows can be used, fewer than half. Check the kind of data, the header and the meaning of the columns: the file may be read wrongly.`,
    'question.few-usable-rows.confirm': ({ used }) => `Use only those ${used} rows anyway`,
  },
});
