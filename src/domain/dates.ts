/** Days since 1970-01-01 in UTC: the one date unit of the engine. */
export type EpochDay = number;

const MS_PER_DAY = 86_400_000;

export function epochDay(year: number, month: number, day: number): EpochDay {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

/** The day `now` falls on in the user's time zone (not UTC's): what the person calls today. */
export function localToday(now: Date): EpochDay {
  return epochDay(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

export function epochDayToIso(day: EpochDay): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Parses `yyyy-mm-dd`; null when the text is not a real calendar date. */
export function isoToEpochDay(iso: string): EpochDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = epochDay(y, m, d);
  return epochDayToIso(day) === iso ? day : null;
}

/** Calendar subtraction of months, clamped to the end of the month (31 Mar − 1 month = 28/29 Feb). */
export function subtractMonths(day: EpochDay, months: number): EpochDay {
  const date = new Date(day * MS_PER_DAY);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() - months;
  const lastDayOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return epochDay(y, m + 1, Math.min(date.getUTCDate(), lastDayOfTarget));
}
