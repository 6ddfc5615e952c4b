import type { EpochDay } from '../dates';
import { EMAIL_DOMAINS, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, SURNAMES } from '../quality/spanish-people';
import { foldText } from '../quality/text';
import {
  CHURN_REASONS, ORIGINS, PAYMENT_METHODS, SHOPS, STREETS, TOWNS, campaignsBetween,
} from './sample-business';
import type { SampleRandom } from './sample-random';

export type SampleStatus = 'client' | 'former' | 'lead' | 'prospect';

/** One real person of the sample (the truth the faulty customers file is written from). */
export interface SamplePerson {
  /** Loyalty-card number, `TS` + five digits, in order of registration. */
  id: string;
  given: string;
  surname1: string;
  surname2: string;
  female: boolean;
  street: string;
  number: number;
  floor: string;
  town: string;
  postalCode: string;
  email: string;
  phone: string;
  birth: EpochDay;
  status: SampleStatus;
  registered: EpochDay;
  /** Purchases in an ordinary week; 0 for people who never buy. */
  rate: number;
  /** Last day they may buy: a former customer's churn date, or the day a lapsed one stopped; null = still buying. */
  stop: EpochDay | null;
  churnReason: string;
  /** Survey answers: satisfaction 0–10 and intention to buy again; null = not answered. */
  satisfaction: number | null;
  loyal: boolean | null;
  /** Share of their bread and pastry spending that comes to us (0..1). */
  walletShare: number;
  shop: number;
  /** How often an order goes through the web or the phone instead of the counter. */
  webShare: number;
  phoneShare: number;
  campaign: string;
  response: boolean | null;
  origin: string;
  payment: string;
  optIn: boolean;
}

export interface SamplePeriod {
  /** First and last day of the transactions. */
  first: EpochDay;
  last: EpochDay;
}

/** Shares of the people in the file: buying customers, former customers, leads, prospects. */
const STATUS_WEIGHTS: Record<SampleStatus, number> = { client: 62, former: 13, lead: 17, prospect: 8 };
const STATUSES = Object.keys(STATUS_WEIGHTS) as SampleStatus[];
const YEAR = 365;
const SURNAME_WEIGHTS = SURNAMES.map((_, rank) => 1 / (rank + 6));

/**
 * `count` people of the bakeries' customer list, sorted by registration with card numbers in
 * that order. Buying customers have a weekly purchase rate (log-normal, median 0.15); some
 * stopped buying without saying so (lapsed), former customers left on a churn date with a
 * reason drawn at the seed's reference shares. Survey answers tie satisfaction and the
 * intention to buy again to how each person behaves.
 */
export function samplePeople(count: number, period: SamplePeriod, random: SampleRandom): SamplePerson[] {
  const weights = STATUSES.map((s) => STATUS_WEIGHTS[s]);
  const emails = new Set<string>();
  const people = Array.from({ length: count }, () => newPerson(STATUSES[random.weighted(weights)], period, random, emails));
  people.sort((a, b) => a.registered - b.registered);
  people.forEach((p, i) => (p.id = `TS${String(i + 1).padStart(5, '0')}`));
  const reasons = churnReasons(people.filter((p) => p.status === 'former' && random.chance(0.9)).length, random);
  for (const p of people) if (p.status === 'former' && reasons.length > 0) p.churnReason = reasons.pop()!;
  return people;
}

/**
 * `n` churn reasons in the seed's reference shares (largest remainder, so 229 reasons give
 * 156 of indifference, 23 of variety…), each kind in one of its wordings, shuffled.
 */
function churnReasons(n: number, random: SampleRandom): string[] {
  const total = CHURN_REASONS.reduce((sum, r) => sum + r.weight, 0);
  const exact = CHURN_REASONS.map((r) => (n * r.weight) / total);
  const counts = exact.map(Math.floor);
  const byRemainder = exact.map((x, i) => [x - counts[i], i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < n - counts.reduce((a, b) => a + b, 0); k++) counts[byRemainder[k][1]]++;
  const reasons = CHURN_REASONS.flatMap((r, i) => Array.from({ length: counts[i] }, () => random.pick(r.texts)));
  for (let i = reasons.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [reasons[i], reasons[j]] = [reasons[j], reasons[i]];
  }
  return reasons;
}

function newPerson(status: SampleStatus, period: SamplePeriod, random: SampleRandom, emails: Set<string>): SamplePerson {
  const female = random.chance(0.56);
  const given = random.pick(female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
  const surname1 = SURNAMES[random.weighted(SURNAME_WEIGHTS)];
  const surname2 = SURNAMES[random.weighted(SURNAME_WEIGHTS)];
  const town = TOWNS[random.weighted(TOWNS.map((t) => t.weight))];
  const postalCode = random.pick(town.postalCodes);
  const homeShop = SHOPS.findIndex((s) => (s.postalCodes as readonly string[]).includes(postalCode));
  const buyer = status === 'client' || status === 'former';
  const registered = registrationDay(status, period, random);

  let stop: EpochDay | null = null;
  if (status === 'former') stop = churnDay(registered, period, random);
  else if (status === 'client' && random.chance(0.2)) {
    const from = Math.max(registered, period.first) + 30;
    if (from < period.last - 40) stop = random.int(from, period.last - 40);
  }

  const survey = surveyAnswers(status, stop !== null, random);
  const baseRate = buyer ? 0.15 * Math.exp(0.9 * random.normal()) : 0;
  const rate = baseRate * (survey.loyal === true ? 1.3 : survey.loyal === false ? 0.8 : 1);
  const campaigns = campaignsBetween(Math.max(registered, period.first) - 180, period.last);
  const campaign = campaigns.length > 0 && random.chance(buyer ? 0.45 : 0.6) ? random.pick(campaigns) : '';

  return {
    id: '',
    given, surname1, surname2, female,
    street: random.pick(STREETS),
    number: random.int(1, 160),
    floor: random.chance(0.75) ? `${random.int(1, 9)}º ${random.pick(['A', 'B', 'C', 'D', 'Izda.', 'Dcha.'])}` : '',
    town: town.name,
    postalCode,
    email: emailOf(given, surname1, random, emails),
    phone: random.chance(0.8) ? `6${String(random.int(0, 99_999_999)).padStart(8, '0')}` : `947${String(random.int(0, 999_999)).padStart(6, '0')}`,
    birth: period.last - Math.round(YEAR * (18 + 70 * Math.pow(random.next(), 1.3))),
    status,
    registered,
    rate,
    stop,
    churnReason: '',
    ...survey,
    walletShare: 0.08 + 0.4 * random.next() + (survey.loyal ? 0.15 : 0),
    shop: homeShop >= 0 ? homeShop : random.int(0, SHOPS.length - 1),
    webShare: random.chance(0.12) ? random.between(0.2, 0.5) : 0.02,
    phoneShare: random.chance(0.06) ? random.between(0.15, 0.35) : 0.01,
    campaign,
    response: campaign === '' ? null : random.chance(buyer ? 0.35 : 0.2),
    origin: originOf(status, random),
    payment: buyer && random.chance(0.7) ? PAYMENT_METHODS[random.weighted([55, 25, 20])] : '',
    optIn: random.chance(status === 'lead' ? 0.9 : status === 'client' ? 0.65 : status === 'former' ? 0.4 : 0.3),
  };
}

/** Card holders who joined before the data starts, and a growing stream since. */
function registrationDay(status: SampleStatus, period: SamplePeriod, random: SampleRandom): EpochDay {
  const span = period.last - 14 - period.first;
  if (status !== 'prospect' && random.chance(status === 'lead' ? 0.15 : 0.35)) return period.first - random.int(1, 6 * YEAR);
  return period.first + Math.floor(span * Math.pow(random.next(), 0.8));
}

/** A former customer leaves at least six weeks after their first purchase. */
function churnDay(registered: EpochDay, period: SamplePeriod, random: SampleRandom): EpochDay {
  const from = Math.max(registered, period.first) + 45;
  return from >= period.last - 10 ? period.last - 10 : random.int(from, period.last - 10);
}

function surveyAnswers(status: SampleStatus, lapsed: boolean, random: SampleRandom): Pick<SamplePerson, 'satisfaction' | 'loyal'> {
  const [answer, satisfiedP, loyalIfSatisfied, loyalIfNot] =
    status === 'client' ? (lapsed ? [0.5, 0.5, 0.45, 0.2] : [0.72, 0.72, 0.82, 0.45])
    : status === 'former' ? [0.55, 0.3, 0.15, 0.05]
    : status === 'lead' ? [0.2, 0.6, 0.5, 0.3]
    : [0, 0, 0, 0];
  if (!random.chance(answer)) return { satisfaction: null, loyal: null };
  const satisfied = random.chance(satisfiedP);
  const satisfaction = satisfied ? 7 + random.weighted([3, 4, 3, 2]) : random.weighted([1, 1, 2, 3, 5, 7, 8]);
  return { satisfaction, loyal: random.chance(satisfied ? loyalIfSatisfied : loyalIfNot) };
}

function originOf(status: SampleStatus, random: SampleRandom): string {
  if (status === 'prospect') return random.chance(0.7) ? 'Feria de Muestras' : '';
  if (status === 'lead') return random.chance(0.9) ? ORIGINS[random.weighted([5, 40, 5, 15, 30, 5])] : '';
  return random.chance(0.65) ? ORIGINS[random.weighted([50, 12, 15, 10, 8, 5])] : '';
}

/** An address nobody else in the list has: a number is added while it is taken. */
function emailOf(given: string, surname: string, random: SampleRandom, taken: Set<string>): string {
  const first = foldText(given).split(' ')[0];
  const last = foldText(surname).replace(/[^a-z]/g, '');
  const local = random.chance(0.7) ? `${first}.${last}` : `${first[0]}${last}`;
  const domain = EMAIL_DOMAINS[random.weighted([40, 20, 8, 12, 8, 6])];
  let email = random.chance(0.5) ? `${local}${random.int(1, 99)}@${domain}` : `${local}@${domain}`;
  while (taken.has(email)) email = `${local}${random.int(1, 999)}@${domain}`;
  taken.add(email);
  return email;
}

