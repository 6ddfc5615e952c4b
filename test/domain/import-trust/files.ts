/** Realistic files of the cases of issue #16, made here (no real person's data). */

const NAMES = ['Ana', 'Luis', 'Eva', 'Pablo', 'Rosa', 'Juan', 'Inés', 'Marta', 'Jorge', 'Lucía'];
const SURNAMES = ['García', 'Ruiz', 'Sanz', 'Gil', 'Vega', 'Soto', 'Mora', 'López', 'Díaz', 'Romero'];
const CITIES = ['Madrid', 'Sevilla', 'Valencia', 'Bilbao', 'Zaragoza'];

/** A customer list: postal codes, birth dates, phone, email; 1,080 people, one row each. */
export function customerListCsv(n = 1080): string {
  const lines = ['id,nombre,email,telefono,ciudad,codigo_postal,fecha_nacimiento'];
  for (let i = 0; i < n; i++) {
    const name = `${NAMES[i % 10]} ${SURNAMES[(i * 7) % 10]}`;
    const birth = `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/${1950 + (i % 50)}`;
    lines.push(`${1000 + i},${name},cliente${i}@correo.es,6${String(10_000_000 + i * 37).slice(0, 8)},${CITIES[i % 5]},${String(28001 + (i % 900)).padStart(5, '0')},${birth}`);
  }
  return lines.join('\n');
}

/**
 * An online shop's order export: 20 orders per customer, sorted by date, so the first rows show
 * every id once. Dates in 2024–2025, amounts with cents.
 */
export function orderExportCsv(customers = 300, perCustomer = 20): string {
  const rows: { day: number; line: string }[] = [];
  const start = Date.UTC(2024, 0, 1);
  for (let c = 0; c < customers; c++) {
    for (let k = 0; k < perCustomer; k++) {
      const day = (c * 3 + k * 36) % 720;
      const date = new Date(start + day * 86_400_000).toISOString().slice(0, 10);
      const amount = (15 + ((c * 31 + k * 17) % 200) + 0.99).toFixed(2);
      rows.push({ day, line: `${5000 + c},buyer${c}@shop.com,${NAMES[c % 10]} ${SURNAMES[c % 10]},${date},${amount},${k % 3 ? 'web' : 'app'}` });
    }
  }
  rows.sort((a, b) => a.day - b.day);
  return ['customer_id,email,name,date,amount,channel', ...rows.map((r) => r.line)].join('\n');
}

/** An ERP sales report: two title lines and a blank line above the header. */
export function erpReportCsv(): string {
  const lines = ['Informe de ventas;;;', 'Generado el 03/11/2025 por ERP Gestión;;;', ';;;', 'Cliente;Fecha;Factura;Importe'];
  for (let i = 0; i < 120; i++) {
    const month = 1 + (i % 12);
    const year = 2024 + Math.floor(i / 60);
    lines.push(`CL${100 + (i % 25)};${String(1 + (i % 27)).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year};F${9000 + i};${(20 + i * 1.5).toFixed(2).replace('.', ',')}`);
  }
  return lines.join('\n');
}
