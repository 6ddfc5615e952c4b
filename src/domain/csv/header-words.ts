import type { CustomerField, TransactionField } from '../dataset';

/** A header reduced for matching: no accents, lower case, letters and digits only ("Nº Pedido" → "npedido"). */
export function normaliseHeader(header: string): string {
  return header.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');
}

/** Headers people write for each transaction field, Spanish and English, already normalised. */
export const TRANSACTION_HEADERS: Record<TransactionField, readonly string[]> = {
  customerId: [
    'cliente', 'idcliente', 'clienteid', 'codcliente', 'codigocliente', 'codigodecliente', 'numcliente',
    'numerocliente', 'numerodecliente', 'ncliente', 'ndecliente', 'refcliente', 'customer', 'customerid',
    'customerno', 'customernumber', 'customercode', 'custid', 'client', 'clientid', 'clientcode', 'idclient',
    'socio', 'idsocio', 'numsocio', 'userid', 'usuario', 'idusuario', 'buyer', 'buyerid', 'comprador',
  ],
  date: [
    'fecha', 'fechacompra', 'fechadecompra', 'fechapedido', 'fechadelpedido', 'fechadepedido', 'fechafactura',
    'fechadefactura', 'fechaventa', 'fechadeventa', 'fechaoperacion', 'fechatransaccion', 'fechaemision',
    'fechahora', 'date', 'invoicedate', 'orderdate', 'purchasedate', 'transactiondate', 'saledate', 'salesdate',
    'datetime', 'timestamp', 'dia', 'day',
  ],
  amount: [
    'importe', 'importetotal', 'importeneto', 'importebruto', 'monto', 'montototal', 'total', 'totalfactura',
    'totalpedido', 'totalventa', 'totallinea', 'subtotal', 'venta', 'ventas', 'valorventa', 'ingreso', 'ingresos',
    'facturacion', 'facturado', 'valor', 'gasto', 'pagado', 'amount', 'totalamount', 'netamount', 'grossamount',
    'sales', 'sale', 'salesamount', 'revenue', 'value', 'totalprice', 'linetotal', 'ordertotal', 'ordervalue',
    'spend', 'paid', 'dollarvalue',
  ],
  quantity: ['cantidad', 'unidades', 'uds', 'ud', 'cant', 'numunidades', 'qty', 'quantity', 'units', 'numberofunits'],
  unitPrice: [
    'precio', 'preciounitario', 'preciounidad', 'precioud', 'preciounit', 'precioventa', 'preciodeventa', 'pvp',
    'tarifa', 'unitprice', 'price', 'priceeach', 'priceperunit',
  ],
  orderId: [
    'pedido', 'numpedido', 'numerodepedido', 'numeropedido', 'npedido', 'ndepedido', 'idpedido', 'codpedido',
    'factura', 'numfactura', 'numerofactura', 'numerodefactura', 'nfactura', 'ndefactura', 'idfactura', 'ticket',
    'numticket', 'nticket', 'albaran', 'numalbaran', 'transaccion', 'idtransaccion', 'operacion', 'idoperacion',
    'documento', 'numdocumento', 'invoice', 'invoiceno', 'invoiceid', 'invoicenumber', 'order', 'orderid',
    'orderno', 'ordernumber', 'transaction', 'transactionid', 'receipt', 'receiptno',
  ],
  // A count per row, as in a file reduced to one row per customer and day; not an order id.
  orders: [
    'pedidos', 'numpedidos', 'numerodepedidos', 'npedidos', 'ndepedidos', 'numcompras', 'numerodecompras', 'ncompras',
    'facturas', 'numfacturas', 'numerodefacturas', 'tickets', 'numtickets', 'orders', 'numorders', 'norders',
    'numberoforders', 'ordercount', 'orderscount', 'invoices', 'numinvoices', 'invoicecount', 'numpurchases',
    'purchasecount', 'transactions', 'transactioncount',
  ],
  cost: [
    'coste', 'costo', 'costes', 'costos', 'costetotal', 'costototal', 'costeunitario', 'costounitario',
    'preciocoste', 'preciodecoste', 'preciocompra', 'cost', 'costs', 'totalcost', 'unitcost', 'cogs',
  ],
  margin: ['margen', 'margenbruto', 'beneficio', 'beneficiobruto', 'ganancia', 'margin', 'grossmargin', 'profit', 'grossprofit'],
  channel: ['canal', 'canaldeventa', 'canalventa', 'mediodeventa', 'tienda', 'puntodeventa', 'channel', 'saleschannel', 'store'],
  product: [
    'producto', 'productos', 'articulo', 'referencia', 'ref', 'descripcion', 'codigoproducto', 'categoria',
    'familia', 'item', 'product', 'productname', 'sku', 'description', 'stockcode', 'category', 'productcategory',
  ],
  status: [
    'estado', 'estadopedido', 'estadodelpedido', 'situacion', 'tipodocumento', 'tipooperacion', 'tipotransaccion',
    'status', 'orderstatus', 'transactiontype',
  ],
};

/** Headers people write for each customer field, Spanish and English, already normalised. */
export const CUSTOMER_HEADERS: Record<CustomerField, readonly string[]> = {
  id: [
    'id', 'idcliente', 'clienteid', 'codcliente', 'codigocliente', 'codigo', 'cod', 'numcliente', 'numerocliente',
    'ncliente', 'cliente', 'nif', 'dni', 'cif', 'socio', 'idsocio', 'numsocio', 'idusuario', 'customerid',
    'customerno', 'customernumber', 'customercode', 'clientid', 'custid', 'code', 'userid',
  ],
  name: ['nombre', 'nombrepila', 'name', 'firstname', 'givenname', 'forename'],
  surname: ['apellido', 'apellidos', 'apellido1', 'primerapellido', 'surname', 'lastname', 'familyname'],
  fullName: [
    'nombrecompleto', 'nombreyapellidos', 'nombreapellidos', 'nombrecliente', 'nombredelcliente', 'razonsocial',
    'contacto', 'empresa', 'fullname', 'customername', 'clientname', 'contact', 'company',
  ],
  email: ['email', 'correo', 'correoelectronico', 'correoe', 'mail', 'direccionemail', 'emailaddress'],
  phone: [
    'telefono', 'tel', 'telf', 'tlf', 'tfno', 'movil', 'celular', 'numerotelefono', 'whatsapp', 'phone',
    'phonenumber', 'mobile', 'mobilephone', 'cellphone', 'telephone',
  ],
  address: ['direccion', 'domicilio', 'calle', 'direccionpostal', 'address', 'streetaddress', 'street', 'address1', 'addressline1'],
  city: ['ciudad', 'localidad', 'poblacion', 'municipio', 'city', 'town', 'locality'],
  postalCode: ['codigopostal', 'cp', 'codpostal', 'postalcode', 'postcode', 'zip', 'zipcode'],
  province: ['provincia', 'region', 'comunidad', 'comunidadautonoma', 'departamento', 'province', 'state', 'county'],
  country: ['pais', 'nacion', 'country'],
  birthDate: ['fechanacimiento', 'fechadenacimiento', 'nacimiento', 'fnacimiento', 'birthdate', 'dateofbirth', 'dob', 'birthday'],
  age: ['edad', 'age'],
  sex: ['sexo', 'genero', 'sex', 'gender'],
  education: ['estudios', 'nivelestudios', 'niveldeestudios', 'niveleducativo', 'formacion', 'education', 'educationlevel'],
  occupation: ['profesion', 'ocupacion', 'empleo', 'puesto', 'trabajo', 'cargo', 'occupation', 'profession', 'job', 'jobtitle'],
  status: ['estado', 'situacion', 'tipocliente', 'tipodecliente', 'tipo', 'status', 'customerstatus', 'customertype', 'type'],
  churnFlag: ['baja', 'esbaja', 'debaja', 'perdido', 'abandono', 'churn', 'churned', 'lost'],
  churnDate: ['fechabaja', 'fechadebaja', 'fechaabandono', 'fechacancelacion', 'churndate', 'cancellationdate'],
  churnReason: [
    'motivobaja', 'motivodebaja', 'motivoabandono', 'motivodeabandono', 'causabaja', 'razonbaja', 'motivo',
    'churnreason', 'cancellationreason', 'reason',
  ],
  satisfaction: [
    'satisfaccion', 'gradosatisfaccion', 'nivelsatisfaccion', 'nps', 'csat', 'valoracion', 'puntuacion',
    'satisfaction', 'satisfactionscore', 'rating',
  ],
  loyalty: [
    'fidelidad', 'lealtad', 'intencionrecompra', 'intenciondecompra', 'intencionderecompra', 'recompra', 'volveriaacomprar',
    'volveriaacomprarnos', 'volveria', 'repetiria', 'loyalty', 'repurchase', 'repurchaseintent', 'wouldbuyagain',
    'buyagain', 'wouldpurchaseagain', 'purchaseagain', 'wouldreturn',
  ],
  shareOfWallet: ['cuota', 'cuotacliente', 'cuotadecliente', 'cuotadegasto', 'shareofwallet', 'sow', 'walletshare'],
  categorySpend: [
    'gastototalcategoria', 'gastototalenlacategoria', 'gastocategoria', 'gastoencategoria', 'gastototal',
    'categoryspend', 'totalcategoryspend', 'walletsize',
  ],
  campaign: ['campana', 'idcampana', 'campaign', 'campaignid', 'campaignname'],
  response: ['respuesta', 'respondio', 'response', 'responded', 'converted'],
  origin: ['origen', 'fuente', 'captacion', 'canalcaptacion', 'canaldecaptacion', 'source', 'origin', 'leadsource'],
  paymentMethod: ['formapago', 'formadepago', 'metodopago', 'metododepago', 'mediopago', 'mediodepago', 'pago', 'paymentmethod', 'payment', 'paymenttype'],
  optIn: ['consentimiento', 'rgpd', 'lopd', 'aceptapublicidad', 'publicidad', 'suscrito', 'optin', 'gdpr', 'consent', 'newsletter', 'subscribed', 'marketingconsent'],
  registeredAt: [
    'alta', 'fechaalta', 'fechadealta', 'registro', 'fecharegistro', 'fechaderegistro', 'clientedesde', 'signupdate',
    'signup', 'registeredat', 'registrationdate', 'createdat', 'customersince',
  ],
};

export interface HeaderMatch<F extends string> {
  field: F;
  /** 0.95 for a known header; lower for a known word inside a longer header. */
  confidence: number;
  exact: boolean;
}

/** Aliases this short only match a whole header ("cp", "id"), never a part of one. */
const MIN_PARTIAL_LENGTH = 4;

/**
 * The field a header names, if any: an exact alias, else the alias found inside the header
 * that starts earliest and is longest ("Fecha de factura" is a date, "Nº de factura" an order).
 */
export function matchHeader<F extends string>(header: string, vocabulary: Record<F, readonly string[]>): HeaderMatch<F> | null {
  const key = normaliseHeader(header);
  if (!key) return null;
  let best: { field: F; at: number; length: number } | null = null;
  for (const field of Object.keys(vocabulary) as F[]) {
    for (const alias of vocabulary[field]) {
      if (alias === key) return { field, confidence: 0.95, exact: true };
      if (alias.length < MIN_PARTIAL_LENGTH) continue;
      const at = key.indexOf(alias);
      if (at < 0) continue;
      if (!best || at < best.at || (at === best.at && alias.length > best.length)) best = { field, at, length: alias.length };
    }
  }
  if (!best) return null;
  const coverage = best.length / key.length;
  return { field: best.field, confidence: 0.5 + 0.3 * coverage + (best.at === 0 ? 0.05 : 0), exact: false };
}

/** Whether a cell reads like a column name of either kind of file. */
export function isKnownHeader(cell: string): boolean {
  return matchHeader(cell, TRANSACTION_HEADERS)?.exact === true || matchHeader(cell, CUSTOMER_HEADERS)?.exact === true;
}
