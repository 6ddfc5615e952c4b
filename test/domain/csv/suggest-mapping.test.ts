import { describe, it, expect } from 'vitest';
import type { CustomerField, TransactionField } from '../../../src/domain/dataset';
import { suggestMapping } from '../../../src/domain/csv/suggest-mapping';
import { weighKind } from '../../../src/domain/csv/kind-evidence';
import { normaliseHeader } from '../../../src/domain/csv/header-words';

describe('normaliseHeader', () => {
  it.each([
    ['Nº Pedido', 'npedido'],
    ['id_cliente', 'idcliente'],
    ['Customer ID', 'customerid'],
    ['E-mail', 'email'],
    ['Código Postal', 'codigopostal'],
    ['  TELÉFONO móvil ', 'telefonomovil'],
  ])('%j → %j', (header, key) => {
    expect(normaliseHeader(header)).toBe(key);
  });
});

describe('suggestMapping from headers', () => {
  it.each<[string, TransactionField]>([
    ['cliente', 'customerId'], ['id_cliente', 'customerId'], ['ID Cliente', 'customerId'], ['CustomerID', 'customerId'],
    ['Customer ID', 'customerId'], ['Código de cliente', 'customerId'], ['Nº cliente', 'customerId'],
    ['importe', 'amount'], ['Importe total (€)', 'amount'], ['monto', 'amount'], ['TOTAL', 'amount'], ['Amount', 'amount'],
    ['Ventas', 'amount'], ['dollar_value', 'amount'],
    ['fecha', 'date'], ['Fecha de factura', 'date'], ['InvoiceDate', 'date'], ['Order Date', 'date'], ['fecha_pedido', 'date'],
    ['InvoiceNo', 'orderId'], ['factura', 'orderId'], ['Nº de factura', 'orderId'], ['pedido', 'orderId'], ['Order ID', 'orderId'],
    ['Número de pedido', 'orderId'], ['Ticket', 'orderId'],
    ['cantidad', 'quantity'], ['Quantity', 'quantity'], ['Uds.', 'quantity'],
    ['precio', 'unitPrice'], ['UnitPrice', 'unitPrice'], ['Precio unitario', 'unitPrice'],
    ['coste', 'cost'], ['Coste unitario', 'cost'], ['COGS', 'cost'],
    ['margen', 'margin'], ['Margen bruto %', 'margin'], ['Profit', 'margin'],
    ['canal', 'channel'], ['Canal de venta', 'channel'], ['Channel', 'channel'],
    ['producto', 'product'], ['Description', 'product'], ['StockCode', 'product'], ['Categoría', 'product'],
    ['estado', 'status'], ['Status', 'status'],
  ])('transactions: %j → %s', (header, field) => {
    // Amount-like fields with no quantity next to them keep their meaning: unit price needs a quantity.
    const withQuantity = field === 'unitPrice' ? [header, 'cantidad'] : [header];
    expect(suggestMapping(withQuantity, []).transactions.mapping[field]).toBe(0);
  });

  it.each<[string, CustomerField]>([
    ['id', 'id'], ['id_cliente', 'id'], ['CustomerID', 'id'], ['DNI', 'id'],
    ['nombre', 'name'], ['First name', 'name'], ['apellidos', 'surname'], ['Last Name', 'surname'],
    ['Nombre y apellidos', 'fullName'], ['Nombre del cliente', 'fullName'], ['Razón social', 'fullName'],
    ['correo', 'email'], ['e-mail', 'email'], ['Correo electrónico', 'email'], ['Email address', 'email'],
    ['teléfono', 'phone'], ['Teléfono móvil', 'phone'], ['movil', 'phone'], ['Phone', 'phone'],
    ['dirección', 'address'], ['Domicilio', 'address'], ['Address', 'address'],
    ['ciudad', 'city'], ['localidad', 'city'], ['Población', 'city'], ['City', 'city'],
    ['código postal', 'postalCode'], ['CP', 'postalCode'], ['C.P.', 'postalCode'], ['ZIP code', 'postalCode'],
    ['provincia', 'province'], ['State', 'province'], ['país', 'country'], ['Country', 'country'],
    ['fecha de nacimiento', 'birthDate'], ['Nacimiento', 'birthDate'], ['Date of birth', 'birthDate'],
    ['edad', 'age'], ['Age', 'age'], ['sexo', 'sex'], ['Género', 'sex'], ['Gender', 'sex'],
    ['estudios', 'education'], ['Nivel de estudios', 'education'], ['profesión', 'occupation'], ['Ocupación', 'occupation'],
    ['estado', 'status'], ['Tipo de cliente', 'status'],
    ['baja', 'churnFlag'], ['Churned', 'churnFlag'], ['Fecha de baja', 'churnDate'],
    ['motivo de baja', 'churnReason'], ['Motivo', 'churnReason'],
    ['satisfacción', 'satisfaction'], ['NPS', 'satisfaction'], ['fidelidad', 'loyalty'], ['Intención de recompra', 'loyalty'],
    ['cuota', 'shareOfWallet'], ['Cuota de cliente (%)', 'shareOfWallet'], ['Gasto total categoría', 'categorySpend'],
    ['campaña', 'campaign'], ['Campaign', 'campaign'], ['respuesta', 'response'], ['origen', 'origin'], ['Lead source', 'origin'],
    ['forma de pago', 'paymentMethod'], ['Método de pago', 'paymentMethod'],
    ['consentimiento', 'optIn'], ['Opt-in', 'optIn'], ['RGPD', 'optIn'],
    ['alta', 'registeredAt'], ['Fecha de alta', 'registeredAt'], ['Cliente desde', 'registeredAt'],
  ])('customers: %j → %s', (header, field) => {
    expect(suggestMapping([header], []).customers.mapping[field]).toBe(0);
  });

  it('gives each field one column, the exact header first', () => {
    const header = ['Nombre cliente', 'ID Cliente', 'Fecha', 'Importe'];
    const rows = [['Ana Ruiz', 'C1', '2024-03-10', '12,50']];
    expect(suggestMapping(header, rows).transactions.mapping).toEqual({ customerId: 1, date: 2, amount: 3 });
  });

  it('reads a lone price as the amount of the line', () => {
    expect(suggestMapping(['cliente', 'fecha', 'precio'], []).transactions.mapping).toEqual({ customerId: 0, date: 1, amount: 2 });
  });

  it('rates a known header above a guess from values', () => {
    const { suggestions } = suggestMapping(['cliente', 'x', 'importe'], [['C1', '2024-03-10', '10']]).transactions;
    const confidence = Object.fromEntries(suggestions.map((s) => [s.field, [s.source, s.confidence]]));
    expect(confidence.customerId).toEqual(['header', 0.95]);
    expect(confidence.date[0]).toBe('values');
    expect(confidence.date[1]).toBeLessThan(0.5);
  });

  it('trusts a header less when its values do not fit', () => {
    const { suggestions } = suggestMapping(['fecha'], [['hola'], ['adiós']]).transactions;
    expect(suggestions[0].confidence).toBeLessThan(0.95);
  });
});

describe('suggestMapping from values', () => {
  const rows = [
    ['ana@example.com', '600 123 456', '28001', '1985-04-02', '12,50', 'web'],
    ['luis@example.es', '+34 911 234 567', '08002', '1990-11-30', '3,99', 'tienda'],
    ['eva@example.org', '612345678', '41001', '1979-01-15', '120,00', 'web'],
  ];

  it('finds email, phone, postal code and birth date for a customers file', () => {
    const mapping = suggestMapping(null, rows).customers.mapping;
    expect(mapping).toMatchObject({ email: 0, phone: 1, postalCode: 2, birthDate: 3 });
  });

  it('finds customer (the email) and amount for a transactions file, but not birth dates as sale dates', () => {
    const mapping = suggestMapping(null, rows).transactions.mapping;
    expect(mapping).toMatchObject({ customerId: 0, amount: 4 });
    expect(mapping.date).toBeUndefined();
    const recent = rows.map((row) => row.map((cell, c) => (c === 3 ? cell.replace(/^\d{4}/, '2024') : cell)));
    expect(suggestMapping(null, recent).transactions.mapping).toMatchObject({ customerId: 0, date: 3, amount: 4 });
  });

  it('maps a headerless worked example', () => {
    const data = [['C1', '2024-03-10', '100'], ['C1', '2025-02-01', '150'], ['C2', '2024-06-15', '200']];
    const suggestion = suggestMapping(null, data);
    expect(suggestion.transactions.mapping).toEqual({ customerId: 0, date: 1, amount: 2 });
    expect(suggestion.kind).toBe('transactions');
  });

  it('reads a date column of recent years as the sign-up date', () => {
    expect(suggestMapping(null, [['a', '2021-01-02'], ['b', '2023-05-06']]).customers.mapping.registeredAt).toBe(1);
  });
});

describe('kind of file', () => {
  it.each([
    [['CustomerID', 'InvoiceDate', 'Quantity', 'UnitPrice'], 'transactions'],
    [['cliente', 'fecha', 'importe', 'email', 'ciudad'], 'transactions'],
    [['id', 'nombre', 'email', 'teléfono', 'ciudad'], 'customers'],
    [['id', 'nombre', 'fecha de alta', 'gasto total', 'cuota'], 'customers'],
    [['cliente', 'fecha'], 'customers'],
  ])('%j → %s', (header, kind) => {
    expect(suggestMapping(header, []).kind).toBe(kind);
  });

  it('calls a file with one row per customer id and several customer fields a customers file', () => {
    const header = ['cliente', 'fecha', 'importe', 'email', 'ciudad', 'teléfono'];
    const rows = Array.from({ length: 30 }, (_, i) => [`C${i}`, '2024-01-01', '10', `c${i}@x.es`, 'Lugo', '600000000']);
    const suggestion = suggestMapping(header, rows);
    expect(suggestion.kind).toBe('customers');
    const repeated = { header, transactions: suggestion.transactions.mapping, customers: suggestion.customers.mapping, rowsPerId: 20 };
    expect(weighKind(repeated).kind).toBe('transactions');
  });

  it('is no sales file without a customer id', () => {
    expect(weighKind({ header: null, transactions: { date: 0, amount: 1 }, customers: {}, rowsPerId: null }).kind).toBe('customers');
    expect(weighKind({ header: null, transactions: { date: 0, amount: 1, customerId: 2 }, customers: {}, rowsPerId: 3 })).toMatchObject({ kind: 'transactions', strong: true });
  });
});
