import type { EpochDay } from '../dates';
import type { SamplePerson, SampleStatus } from './sample-people';
import type { SampleRandom } from './sample-random';
import { csvText, spanishDate } from './spanish-csv';

/** A second card someone was given: the same person registered again, under a new number. */
export interface SampleDuplicate {
  person: SamplePerson;
  id: string;
  registered: EpochDay;
  /** From this day the person buys with the new card; null = never uses it. */
  usedFrom: EpochDay | null;
}

export const CUSTOMER_HEADER = [
  'id_cliente', 'nombre', 'apellidos', 'email', 'teléfono', 'dirección', 'cp', 'población', 'fecha_nacimiento',
  'sexo', 'estado', 'fecha_alta', 'baja', 'fecha_baja', 'motivo_baja', 'satisfacción', 'intención_recompra',
  'gasto_total_categoria', 'campaña', 'respuesta', 'origen', 'forma_pago', 'acepta_publicidad',
];

const STATUS_TEXT: Record<SampleStatus, string> = { client: 'Cliente', former: 'Ex cliente', lead: 'Lead', prospect: 'Prospecto' };
/** What one of our customers spends on an ordinary order, to estimate what they spend on bread and pastries anywhere. */
const USUAL_TICKET = 11;

/**
 * The customers file as the shops keep it, with the faults of a list typed at the counter:
 * names in capitals, without accents or with double spaces; e-mails missing, in capitals or
 * invalid; phones written five ways and a few unusable; postal codes that lost their leading
 * zero; the town misspelt; status in other cases; cells left empty; and every duplicate's
 * second row with a name typo, fewer data and a later card number.
 */
export function customersCsv(people: readonly SamplePerson[], duplicates: readonly SampleDuplicate[], random: SampleRandom): string {
  const rows = people.map((p) => personRow(p, random));
  for (const d of duplicates) rows.push(duplicateRow(d, random));
  return csvText(CUSTOMER_HEADER, rows);
}

function personRow(p: SamplePerson, random: SampleRandom): string[] {
  const buyer = p.status === 'client' || p.status === 'former';
  const spend = buyer && p.satisfaction !== null ? Math.round((p.rate * 52 * USUAL_TICKET) / p.walletShare / 10) * 10 : null;
  return [
    p.id,
    nameFault(p.given, random),
    nameFault(`${p.surname1} ${p.surname2}`, random),
    random.chance(0.08) ? '' : emailFault(p.email, random),
    random.chance(0.08) ? '' : phoneFault(p.phone, random),
    random.chance(0.03) ? '' : addressOf(p, random),
    random.chance(0.03) ? '' : random.chance(0.06) ? p.postalCode.replace(/^0/, '') : p.postalCode,
    townFault(p.town, random),
    birthDate(p.birth, random),
    sexOf(p.female, random),
    statusFault(STATUS_TEXT[p.status], random),
    spanishDate(p.registered),
    p.status === 'former' ? 'Sí' : p.status === 'client' ? 'No' : '',
    p.status === 'former' && p.stop !== null ? spanishDate(p.stop) : '',
    p.churnReason,
    p.satisfaction === null ? '' : String(p.satisfaction),
    p.loyal === null ? '' : p.loyal ? 'Sí' : 'No',
    spend === null ? '' : String(spend),
    p.campaign,
    p.response === null ? '' : p.response ? 'Sí' : 'No',
    p.origin,
    p.payment,
    p.optIn ? 'Sí' : 'No',
  ];
}

/** The second card's form: the name typed again (often wrong), fewer data, no survey. */
function duplicateRow(d: SampleDuplicate, random: SampleRandom): string[] {
  const p = d.person;
  const surnames = random.chance(0.25) ? p.surname1 : `${p.surname1} ${p.surname2}`;
  let given = p.given;
  let family = surnames;
  if (random.chance(0.5)) given = typo(given, random);
  else if (random.chance(0.5)) family = typo(family, random);
  if (random.chance(0.25)) [given, family] = [given.toUpperCase(), family.toUpperCase()];
  const email = random.next();
  const phone = random.next();
  return [
    d.id,
    given,
    family,
    email < 0.4 ? p.email : email < 0.6 ? p.email.toUpperCase() : '',
    phone < 0.5 ? formatPhone(p.phone, random) : '',
    random.chance(0.5) ? addressOf(p, random).replace(/^C\/ /, 'Calle ').replace(/^Avda\. /, 'Avenida ') : '',
    p.postalCode,
    p.town,
    '', '',
    STATUS_TEXT[p.status === 'former' ? 'former' : p.status === 'lead' ? 'lead' : 'client'],
    spanishDate(d.registered),
    p.status === 'former' ? 'Sí' : p.status === 'lead' ? '' : 'No',
    '', '', '', '', '', '', '', '', '',
    random.chance(0.5) ? 'Sí' : 'No',
  ];
}

function addressOf(p: SamplePerson, random: SampleRandom): string {
  const address = `${p.street} ${p.number}${p.floor ? `, ${p.floor}` : ''}`;
  return random.chance(0.03) ? address.toUpperCase() : address;
}

function nameFault(name: string, random: SampleRandom): string {
  const r = random.next();
  if (r < 0.04) return name.toUpperCase();
  if (r < 0.07) return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
  if (r < 0.09) return ` ${name.replace(' ', '  ')}`;
  return name;
}

function emailFault(email: string, random: SampleRandom): string {
  const r = random.next();
  if (r < 0.03) return email.toUpperCase();
  if (r < 0.04) return email.replace('@', '');
  if (r < 0.045) return email.replace('@', '@@');
  if (r < 0.05) return email.replace(/\.(\w+)$/, ',$1');
  return email;
}

function phoneFault(phone: string, random: SampleRandom): string {
  return random.chance(0.015) ? phone.slice(0, 7) : formatPhone(phone, random);
}

function formatPhone(p: string, random: SampleRandom): string {
  const formats = [p, `${p.slice(0, 3)} ${p.slice(3, 6)} ${p.slice(6)}`, `+34 ${p}`, `${p.slice(0, 3)}.${p.slice(3, 5)}.${p.slice(5, 7)}.${p.slice(7)}`, `0034${p}`];
  return formats[random.weighted([40, 35, 15, 6, 4])];
}

function townFault(town: string, random: SampleRandom): string {
  const r = random.next();
  if (r < 0.015) return town.toLowerCase();
  if (r < 0.03) return town.toUpperCase();
  if (r < 0.04) return `${town} `;
  if (r < 0.045 && town === 'Burgos') return 'Burgso';
  return town;
}

function birthDate(day: EpochDay, random: SampleRandom): string {
  if (random.chance(0.2)) return '';
  if (random.chance(0.005)) return `31/06/${new Date(day * 86_400_000).getUTCFullYear()}`;
  return spanishDate(day);
}

function sexOf(female: boolean, random: SampleRandom): string {
  const r = random.next();
  if (r < 0.1) return '';
  if (r < 0.15) return female ? 'M' : 'H';
  return female ? 'Mujer' : 'Hombre';
}

function statusFault(status: string, random: SampleRandom): string {
  const r = random.next();
  if (r < 0.02) return status.toLowerCase();
  if (r < 0.03) return status.toUpperCase();
  return status;
}

/** One slip of the fingers in the longest word: a letter lost, doubled, or two swapped. */
function typo(text: string, random: SampleRandom): string {
  const words = text.split(' ');
  const index = words.reduce((best, w, i) => (w.length > words[best].length ? i : best), 0);
  const word = words[index];
  if (word.length < 4) return text;
  const at = random.int(1, word.length - 2);
  const kind = random.int(0, 2);
  words[index] = kind === 0 ? word.slice(0, at) + word.slice(at + 1)
    : kind === 1 ? word.slice(0, at) + word[at] + word.slice(at)
    : word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  return words.join(' ');
}
