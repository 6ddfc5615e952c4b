import type { ColumnMapping, CustomerField, CustomerTable } from '../../src/domain/dataset';
import { epochDay, epochDayToIso } from '../../src/domain/dates';
import { mulberry32 } from '../../src/domain/sample/mulberry32';
import {
  CITIES, EMAIL_DOMAINS, GIVEN_NAMES_FEMALE, GIVEN_NAMES_MALE, ORIGINS, PAYMENT_METHODS, STREETS, SURNAMES,
  type SpanishCity,
} from '../../src/domain/quality/spanish-people';
import { foldText } from '../../src/domain/quality/text';

export interface DirtyCustomersOptions {
  /** Rows to generate, duplicates included. */
  records: number;
  seed: number;
  /** Share of people who appear more than once (1–2 extra records). Default 0.15. */
  duplicateShare?: number;
  /** Share of people with a relative in the list: same surnames and address, another person. Default 0.05. */
  relativeShare?: number;
  /**
   * Share of people with a namesake: same given name and first surname, another second surname,
   * the same postal code, their own e-mail and phone: another person (hard negatives). Default 0.04.
   */
  namesakeShare?: number;
  /**
   * Share of people who appear again with a one-letter slip in a surname and no postal code,
   * sharing only the phone, the e-mail or just the city (hard positives). Default 0.04.
   */
  slipShare?: number;
}

export interface DirtyCustomers {
  table: CustomerTable;
  /** The person behind each row: rows with the same number are duplicates of one customer. */
  person: number[];
  /** Every pair of rows (a < b) that are the same customer: the ground truth for duplicate detection. */
  duplicatePairs: [number, number][];
}

interface Person {
  id: number;
  given: string;
  surname1: string;
  surname2: string;
  female: boolean;
  city: SpanishCity;
  postalCode: string;
  street: string;
  number: number;
  floor: string;
  email: string;
  phone: string;
  birth: number;
  origin: string;
  payment: string;
  registered: number;
}

const HEADER = [
  'id_cliente', 'nombre_completo', 'email', 'telefono', 'direccion', 'poblacion', 'cp',
  'fecha_nacimiento', 'sexo', 'origen', 'forma_pago', 'fecha_alta',
];
const FIELDS: CustomerField[] = [
  'id', 'fullName', 'email', 'phone', 'address', 'city', 'postalCode',
  'birthDate', 'sex', 'origin', 'paymentMethod', 'registeredAt',
];

/**
 * A Spanish customer list with known faults, for measuring the cleaning functions. Every row may
 * carry the everyday faults (case, extra spaces, abbreviations, postal codes that lost their
 * leading zero, invalid e-mails and phones, empty cells); people chosen as duplicated appear again
 * with a new id (mostly), their name with a typo, in another order ("García López, Ana"), without
 * accents or second surname, in capitals or with extra spaces, and their e-mail and phone written
 * differently, left out or changed. Relatives (same surnames and address, another given name)
 * are different people: hard cases for precision. Same seed, same list.
 */
export function dirtyCustomers(options: DirtyCustomersOptions): DirtyCustomers {
  const random = mulberry32(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (p: number): boolean => random() < p;
  const surnameWeights = SURNAMES.map((_, rank) => 1 / (rank + 8));
  const cityWeights = CITIES.map((city) => city.weight);
  const usedPhones = new Set<string>();

  const newPhone = (): string => {
    for (;;) {
      const phone = `${chance(0.8) ? pick(['6', '7']) : '9'}${String(Math.floor(random() * 1e8)).padStart(8, '0')}`;
      if (!usedPhones.has(phone)) {
        usedPhones.add(phone);
        return phone;
      }
    }
  };
  const newEmail = (person: { given: string; surname1: string; id: number }): string => {
    const given = foldText(person.given).split(' ')[0];
    const surname = foldText(person.surname1).replace(/[^a-z]/g, '');
    return `${given}.${surname}.${person.id.toString(36)}@${pick(EMAIL_DOMAINS)}`;
  };
  const newPerson = (id: number, family?: Person): Person => {
    const female = chance(0.5);
    const city = family?.city ?? CITIES[weightedIndex(cityWeights, random())];
    const surname1 = family?.surname1 ?? SURNAMES[weightedIndex(surnameWeights, random())];
    let given = pick(female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
    while (family && firstWord(given) === firstWord(family.given)) given = pick(female ? GIVEN_NAMES_FEMALE : GIVEN_NAMES_MALE);
    return {
      id, given, surname1, female, city,
      surname2: family?.surname2 ?? SURNAMES[weightedIndex(surnameWeights, random())],
      postalCode: family?.postalCode ?? `${city.prefix}${String(1 + Math.floor(random() * city.codes)).padStart(2, '0')}`,
      street: family?.street ?? pick(STREETS),
      number: family?.number ?? 1 + Math.floor(random() * 150),
      floor: family?.floor ?? (chance(0.6) ? `${1 + Math.floor(random() * 8)}º ${pick(['A', 'B', 'C', 'D', 'Izq.', 'Dcha.'])}` : ''),
      email: newEmail({ given, surname1, id }),
      phone: newPhone(),
      birth: epochDay(1940, 1, 1) + Math.floor(random() * 60 * 365),
      origin: pick(ORIGINS),
      payment: pick(PAYMENT_METHODS),
      registered: epochDay(2015, 1, 1) + Math.floor(random() * 10 * 365),
    };
  };

  const rows: string[][] = [];
  const person: number[] = [];
  let nextId = 1;
  let people = 0;
  while (rows.length < options.records) {
    const someone = newPerson(people++);
    const copies = chance(options.duplicateShare ?? 0.15) ? (chance(0.7) ? 1 : 2) : 0;
    const ownId = nextId++;
    rows.push(renderRow(someone, ownId, random, false));
    person.push(someone.id);
    for (let copy = 0; copy < copies && rows.length < options.records; copy++) {
      const id = chance(0.15) ? ownId : nextId++;
      const duplicate = { ...someone, registered: someone.registered + Math.floor(random() * 700) };
      rows.push(renderRow(duplicate, id, random, true, { newEmail: () => newEmail(someone), newPhone }));
      person.push(someone.id);
    }
    if (rows.length < options.records && chance(options.slipShare ?? 0.04)) {
      rows.push(slippedRow(someone, nextId++, random));
      person.push(someone.id);
    }
    if (rows.length < options.records && chance(options.namesakeShare ?? 0.04)) {
      const namesake = { ...newPerson(people++), given: someone.given, surname1: someone.surname1, city: someone.city, postalCode: someone.postalCode };
      while (namesake.surname2 === someone.surname2) namesake.surname2 = SURNAMES[weightedIndex(surnameWeights, random())];
      namesake.email = newEmail(namesake);
      rows.push(renderRow(namesake, nextId++, random, false));
      person.push(namesake.id);
    }
    if (rows.length < options.records && chance(options.relativeShare ?? 0.05)) {
      const relative = newPerson(people++, someone);
      rows.push(renderRow(relative, nextId++, random, false));
      person.push(relative.id);
    }
  }

  const order = shuffledIndexes(rows.length, random);
  const shuffledRows = order.map((i) => rows[i]);
  const shuffledPerson = order.map((i) => person[i]);
  const mapping: ColumnMapping<CustomerField> = {};
  FIELDS.forEach((field, column) => (mapping[field] = column));
  return {
    table: { header: HEADER.slice(), rows: shuffledRows, rowNumbers: shuffledRows.map((_, i) => i + 2), mapping },
    person: shuffledPerson,
    duplicatePairs: pairsOfSamePerson(shuffledPerson),
  };
}

function renderRow(
  p: Person,
  id: number,
  random: () => number,
  duplicate: boolean,
  fresh?: { newEmail: () => string; newPhone: () => string },
): string[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const chance = (probability: number): boolean => random() < probability;

  let name = duplicate ? duplicateName(p, random) : `${p.given} ${p.surname1} ${p.surname2}`;
  if (!duplicate) {
    if (chance(0.05)) name = `${p.surname1} ${p.surname2}, ${p.given}`;
    name = recase(name, random, 0.08);
    if (chance(0.04)) name = ` ${name.replace(' ', '  ')} `;
  }

  let email = p.email;
  let phone = p.phone;
  if (duplicate && fresh) {
    const e = random();
    email = e < 0.45 ? (chance(0.3) ? email.toUpperCase() : email) : e < 0.75 ? '' : fresh.newEmail();
    const t = random();
    phone = t < 0.45 ? phone : t < 0.75 ? '' : fresh.newPhone();
  } else {
    if (chance(0.1)) email = '';
    if (chance(0.1)) phone = '';
  }
  if (email !== '' && chance(0.06)) email = invalidEmail(email, p, random);
  if (phone !== '' && chance(0.05)) phone = invalidPhone(phone, random);
  else if (phone !== '') phone = formatPhone(phone, random);

  const postalCode = duplicate && chance(0.1) ? '' : chance(0.25) && p.postalCode.startsWith('0') ? p.postalCode.slice(1) : p.postalCode;
  const address = `${abbreviateStreet(p.street, random)} ${p.number}${p.floor === '' ? '' : `, ${p.floor}`}`;
  const birth = chance(0.3) ? '' : formatDate(p.birth, random);
  const sex = chance(0.2) ? '' : pick(p.female ? ['M', 'Mujer', 'mujer', 'F'] : ['H', 'Hombre', 'hombre', 'V']);
  return [
    `C${String(id).padStart(6, '0')}`,
    name,
    email,
    phone,
    chance(0.05) ? address.toUpperCase() : address,
    cityVariant(p.city.name, random),
    postalCode,
    birth,
    sex,
    chance(0.4) ? '' : chance(0.1) ? `${pick(ORIGINS).toLowerCase()} ` : p.origin,
    chance(0.3) ? '' : p.payment,
    formatDate(p.registered, random),
  ];
}

/**
 * The same person again with one slip in a surname, no postal code, and one clue left: the
 * phone, the e-mail, or only the city (the row's other contact cells are empty).
 */
function slippedRow(p: Person, id: number, random: () => number): string[] {
  const row = renderRow(p, id, random, false);
  const slipped = random() < 0.5 ? { ...p, surname1: typo(p.surname1, random) } : { ...p, surname2: typo(p.surname2, random) };
  row[1] = `${slipped.given} ${slipped.surname1} ${slipped.surname2}`;
  const clue = Math.floor(random() * 3);
  row[2] = clue === 1 ? p.email : '';
  row[3] = clue === 0 ? p.phone : '';
  row[5] = p.city.name;
  row[6] = '';
  return row;
}

function duplicateName(p: Person, random: () => number): string {
  const chance = (probability: number): boolean => random() < probability;
  let given = p.given;
  let surname1 = p.surname1;
  let surname2 = chance(0.12) ? '' : p.surname2;
  if (chance(0.5)) {
    const which = Math.floor(random() * 3);
    if (which === 0) given = typo(given, random);
    else if (which === 1) surname1 = typo(surname1, random);
    else if (surname2 !== '') surname2 = typo(surname2, random);
  }
  const surnames = `${surname1} ${surname2}`.trim();
  let name = chance(0.35) ? `${surnames}${chance(0.7) ? ',' : ''} ${given}` : `${given} ${surnames}`;
  if (chance(0.3)) name = foldAccentsKeepCase(name);
  name = recase(name, random, 0.3);
  if (chance(0.2)) name = ` ${name.replace(/ /g, chance(0.5) ? '  ' : ' ')}  `;
  return name;
}

/** One slip of the fingers in a word of at least four letters: a letter changed, lost, doubled, or two swapped. */
function typo(text: string, random: () => number): string {
  const words = text.split(' ');
  const candidates = words.map((word, i) => (word.length >= 4 ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const index = candidates[Math.floor(random() * candidates.length)];
  const word = words[index];
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 4);
  const letters = 'aeioulnrstcdm';
  if (kind === 0) words[index] = word.slice(0, at) + letters[Math.floor(random() * letters.length)] + word.slice(at + 1);
  else if (kind === 1) words[index] = word.slice(0, at) + word.slice(at + 1);
  else if (kind === 2) words[index] = word.slice(0, at) + word[at] + word.slice(at);
  else words[index] = word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}

function firstWord(name: string): string {
  return foldText(name).split(' ')[0];
}

function recase(text: string, random: () => number, probability: number): string {
  const r = random();
  if (r < probability / 2) return text.toUpperCase();
  if (r < probability) return text.toLowerCase();
  return text;
}

function foldAccentsKeepCase(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

function invalidEmail(email: string, p: Person, random: () => number): string {
  const [local, domain] = email.split('@');
  const accented = p.surname1.toLowerCase().replace(/[^\p{L}]/gu, '');
  switch (Math.floor(random() * 5)) {
    case 0: return `${local}${domain}`;
    case 1: return `${local}@@${domain}`;
    case 2: return `${local.replace('.', ' ')}@${domain}`;
    case 3: return `${local}@${domain.split('.')[0]}`;
    default: return /[^a-z]/.test(accented) ? `${accented}.${p.id}@${domain}` : `${local}.@${domain}`;
  }
}

function invalidPhone(phone: string, random: () => number): string {
  switch (Math.floor(random() * 4)) {
    case 0: return phone.slice(0, 7);
    case 1: return `${phone.slice(0, 4)}A${phone.slice(5)}`;
    case 2: return '000';
    default: return `5${phone.slice(1)}`;
  }
}

function formatPhone(phone: string, random: () => number): string {
  const p = phone;
  const formats = [
    p, `${p.slice(0, 3)} ${p.slice(3, 5)} ${p.slice(5, 7)} ${p.slice(7)}`, `${p.slice(0, 3)}-${p.slice(3, 6)}-${p.slice(6)}`,
    `+34 ${p.slice(0, 3)} ${p.slice(3, 6)} ${p.slice(6)}`, `0034${p}`, `(+34) ${p}`,
  ];
  return formats[Math.floor(random() * formats.length)];
}

function formatDate(day: number, random: () => number): string {
  const iso = epochDayToIso(day);
  const [y, m, d] = iso.split('-');
  const r = random();
  return r < 0.5 ? `${d}/${m}/${y}` : r < 0.8 ? iso : `${d}-${m}-${y}`;
}

function abbreviateStreet(street: string, random: () => number): string {
  const r = random();
  if (r < 0.5) return street;
  const forms: Record<string, string[]> = {
    Calle: ['C/', 'C/ ', 'c/', 'Cl.'], Avenida: ['Avda.', 'Av.', 'AVDA.'], Plaza: ['Pza.', 'Pl.'],
    Paseo: ['Pº', 'P.º'], Ronda: ['Rda.'], 'Travesía': ['Trav.'],
  };
  const [type, ...rest] = street.split(' ');
  const options = forms[type];
  if (!options) return street;
  const short = options[Math.floor(random() * options.length)];
  return short.endsWith(' ') || !short.endsWith('/') ? `${short.trimEnd()} ${rest.join(' ')}` : `${short}${rest.join(' ')}`;
}

function cityVariant(city: string, random: () => number): string {
  const r = random();
  if (r < 0.8) return city;
  if (r < 0.85) return city.toUpperCase();
  if (r < 0.9) return city.toLowerCase();
  if (r < 0.95) return foldAccentsKeepCase(city);
  if (r < 0.99) return `${city} `;
  return city.length > 4 ? city.slice(0, 2) + city[3] + city[2] + city.slice(4) : city;
}

function weightedIndex(weights: readonly number[], r: number): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let target = r * total;
  for (let i = 0; i < weights.length; i++) {
    target -= weights[i];
    if (target < 0) return i;
  }
  return weights.length - 1;
}

function shuffledIndexes(n: number, random: () => number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j], order[i]];
  }
  return order;
}

function pairsOfSamePerson(person: readonly number[]): [number, number][] {
  const rowsOf = new Map<number, number[]>();
  person.forEach((p, row) => {
    const rows = rowsOf.get(p);
    if (rows) rows.push(row);
    else rowsOf.set(p, [row]);
  });
  const pairs: [number, number][] = [];
  for (const rows of rowsOf.values()) {
    for (let i = 0; i < rows.length; i++) for (let j = i + 1; j < rows.length; j++) pairs.push([rows[i], rows[j]]);
  }
  return pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}
