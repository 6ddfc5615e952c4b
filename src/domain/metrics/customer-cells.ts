import { foldText, hasStem } from './text-normalise';

/**
 * Readers of the cells of a customers file (scores, shares, money, yes/no, status) as people
 * write them in Spanish or English. Each returns null for an empty or unreadable cell.
 */

/** A number with `.` or `,` as decimal mark, an optional trailing `%` kept as `percent`. */
function readNumber(text: string, moneyGroups: boolean): { value: number; percent: boolean } | null {
  let s = text.replace(/[\s\u00a0€$£]/g, '');
  const percent = s.endsWith('%');
  if (percent) s = s.slice(0, -1);
  if (!/^[+-]?[\d.,]*\d[\d.,]*$/.test(s)) return null;
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const group = decimal === '.' ? ',' : '.';
    s = s.split(group).join('').replace(decimal, '.');
  } else {
    const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : '';
    if (sep) {
      const parts = s.split(sep);
      const grouped = parts.length > 2 || (moneyGroups && parts[1].length === 3);
      s = grouped ? parts.join('') : parts.join('.');
    }
  }
  const value = Number(s);
  return Number.isFinite(value) ? { value, percent } : null;
}

/** A score or count: `4`, `4,5`, `8.5`. */
export function readScore(text: string): number | null {
  const n = readNumber(text, false);
  return n && !n.percent ? n.value : null;
}

/** Money, where a lone separator before three digits groups thousands (`1.200` = `1,200` = 1200). */
export function readMoney(text: string): number | null {
  const n = readNumber(text, true);
  return n && !n.percent ? n.value : null;
}

/** A share as a fraction: `35%`, `35` and `0,35` are all 0.35; negative or above 100 % is null. */
export function readShare(text: string): number | null {
  const n = readNumber(text, false);
  if (!n || n.value < 0) return null;
  const share = n.percent || n.value > 1 ? n.value / 100 : n.value;
  return share <= 1 ? share : null;
}

const YES = ['si', 's', 'yes', 'y', 'true', 'verdadero', 'x', '1'];
const NO = ['no', 'n', 'false', 'falso', '0'];

/** Yes or no, with extra words that mean yes for this column (`baja`, `leal`…). */
export function readYesNo(text: string, extraYes: readonly string[] = []): boolean | null {
  const folded = foldText(text);
  if (!folded) return null;
  if (YES.includes(folded) || hasStem(folded, extraYes)) return true;
  if (NO.includes(folded) || folded.startsWith('no ')) return false;
  return null;
}

export const CHURN_YES = ['baja', 'perdid', 'lost', 'churn', 'abandon', 'desert', 'cancel'];
export const LOYAL_YES = ['leal', 'fiel', 'loyal', 'fideliz', 'recompra', 'repetir', 'repeat'];

export type CustomerStatus = 'client' | 'former' | 'lead' | 'prospect';

/** A relationship status: client, former client, lead/contact, or prospect; null when not recognised. */
export function readStatus(text: string): CustomerStatus | null {
  const folded = foldText(text);
  if (!folded) return null;
  if (/^ex ?(cliente|client|customer)/.test(folded) || hasStem(folded, ['antigu', 'former', 'perdid', 'lost', 'baja', 'inactiv', 'churn', 'abandon', 'past '])) return 'former';
  if (hasStem(folded, ['prospect', 'probable', 'suspect', 'frio', 'cold'])) return 'prospect';
  if (hasStem(folded, ['lead', 'contact', 'interesad', 'potencial', 'potential', 'oportunidad', 'opportunit', 'registrad', 'suscrit', 'subscri'])) return 'lead';
  if (hasStem(folded, ['client', 'customer', 'activ', 'comprador', 'buyer'])) return 'client';
  return null;
}
