/**
 * A deterministic table of invoice lines as a warehouse holds them (`customer_id, order_id,
 * order_date, amount`, timestamps to the second), with what makes reducing it per customer and
 * day hard: several lines per order, several orders on one day, lines without an order id,
 * free lines (0), returns the same day (some larger than the purchase) or later, orders whose
 * lines cross midnight, one-time buyers, customers with returns only, ids with spaces around.
 */
export interface InvoiceLinesOptions {
  customers: number;
  seed: number;
  /** First and last day of the history, ISO. */
  from: string;
  to: string;
}

const DAY_MS = 86_400_000;

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function invoiceLinesCsv({ customers, seed, from, to }: InvoiceLinesOptions): string {
  const next = random(seed);
  const pick = (n: number) => Math.floor(next() * n);
  const first = Date.parse(`${from}T00:00:00Z`) / DAY_MS;
  const last = Date.parse(`${to}T00:00:00Z`) / DAY_MS;
  const stamp = (day: number, seconds: number) => new Date(day * DAY_MS + seconds * 1000).toISOString().slice(0, 19).replace('T', ' ');
  const money = (cents: number) => (cents / 100).toFixed(2);
  const lines = ['customer_id,order_id,order_date,amount'];
  let invoice = 0;
  for (let c = 0; c < customers; c++) {
    const id = `CU${String(c + 1).padStart(5, '0')}`;
    const written = () => (next() < 0.02 ? ` ${id} ` : id);
    if (c % 97 === 5) {
      // Only returns in the history (the purchase predates it).
      lines.push(`${written()},R${++invoice},${stamp(first + pick(last - first), pick(86_000))},-${money(500 + pick(9_000))}`);
      continue;
    }
    const orders = next() < 0.2 ? 1 : 2 + Math.floor(28 * next() ** 2);
    let day = first + pick(last - first + 1);
    for (let o = 0; o < orders; o++) {
      if (o > 0 && next() >= 0.15) day = first + pick(last - first + 1); // else: another order the same day
      const orderId = next() < 0.1 ? '' : `F${++invoice}`;
      const seconds = 8 * 3600 + pick(15 * 3600);
      const lineCount = 1 + pick(4);
      const month = new Date(day * DAY_MS).getUTCMonth() + 1;
      // Across midnight, kept away from the period boundaries of the test (ends of March, September and December).
      const crosses = orderId !== '' && lineCount > 1 && month >= 5 && month <= 8 && day < last && next() < 0.1;
      let total = 0;
      for (let l = 0; l < lineCount; l++) {
        const cents = next() < 0.05 ? 0 : 50 + pick(30_000);
        total += cents;
        const when = crosses && l === lineCount - 1 ? stamp(day + 1, 60 + pick(600)) : stamp(day, seconds + l);
        lines.push(`${written()},${orderId},${when},${money(cents)}`);
      }
      if (next() < 0.12) {
        const returnDay = next() < 0.4 ? day : Math.min(last, day + 1 + pick(60));
        const returnId = next() < 0.2 ? '' : `R${++invoice}`;
        const cents = Math.max(1, Math.round(total * (0.5 + next())));
        lines.push(`${written()},${returnId},${stamp(returnDay, 23 * 3600 + pick(3000))},-${money(cents)}`);
      }
    }
  }
  return lines.join('\n') + '\n';
}
