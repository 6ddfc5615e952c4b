import { subtractMonths, type EpochDay } from '../dates';
import { customersCsv, type SampleDuplicate } from './sample-customers-csv';
import { sampleOrders } from './sample-orders';
import { samplePeople, type SamplePerson, type SamplePeriod } from './sample-people';
import { sampleRandom, type SampleRandom } from './sample-random';
import { transactionsCsv } from './sample-transactions-csv';

export interface SampleDataOptions {
  /** The last day of sales (yesterday, for a plan made today). */
  lastDay: EpochDay;
  seed?: number;
  /** Rows of the customers file, duplicates included. */
  customerRows?: number;
}

export interface SampleFile {
  fileName: string;
  text: string;
}

export interface SampleData {
  transactions: SampleFile;
  customers: SampleFile;
  period: SamplePeriod;
  /** Real people in the customers file, and the extra rows that repeat one of them. */
  people: number;
  duplicateRows: number;
}

export const SAMPLE_SEED = 6_012_025;
export const SAMPLE_FILE_NAMES = { transactions: 'trigo-y-sal-ventas.csv', customers: 'trigo-y-sal-clientes.csv' } as const;
const DUPLICATE_SHARE = 0.04;

/**
 * The sample business's two files: about 2,000 rows of customers, leads, prospects and former
 * customers, and three years of sales up to `lastDay`. Same options, same texts.
 */
export function generateSampleData(options: SampleDataOptions): SampleData {
  const random = sampleRandom(options.seed ?? SAMPLE_SEED);
  const rows = options.customerRows ?? 2000;
  const people = Math.round(rows / (1 + DUPLICATE_SHARE));
  const period: SamplePeriod = { first: subtractMonths(options.lastDay, 36) + 1, last: options.lastDay };
  const persons = samplePeople(people, period, random);
  const duplicates = pickDuplicates(persons, rows - people, period, random);
  const byPerson = new Map(duplicates.map((d) => [d.person, d]));
  const lines = sampleOrders(persons, period, random, (person, day) => {
    const duplicate = byPerson.get(person);
    return duplicate && duplicate.usedFrom !== null && day >= duplicate.usedFrom ? duplicate.id : person.id;
  });
  return {
    transactions: { fileName: SAMPLE_FILE_NAMES.transactions, text: transactionsCsv(lines) },
    customers: { fileName: SAMPLE_FILE_NAMES.customers, text: customersCsv(persons, duplicates, random) },
    period,
    people,
    duplicateRows: duplicates.length,
  };
}

/** People registered twice, each under a later card number; some went on buying with the new card. */
function pickDuplicates(people: readonly SamplePerson[], count: number, period: SamplePeriod, random: SampleRandom): SampleDuplicate[] {
  const candidates = people.filter((p) => p.status !== 'prospect');
  const chosen = new Set<SamplePerson>();
  while (chosen.size < Math.min(count, candidates.length)) chosen.add(random.pick(candidates));
  return [...chosen].map((person, k) => {
    const first = Math.max(person.registered, period.first);
    const registered = first + random.int(30, Math.max(30, Math.min(800, period.last - 1 - first)));
    const usedFrom = person.rate > 0 && (person.stop ?? period.last) > registered && random.chance(0.4) ? registered : null;
    return { person, id: `TS${String(people.length + k + 1).padStart(5, '0')}`, registered, usedFrom };
  });
}
