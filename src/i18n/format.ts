import type { Language } from '../domain/plan';

const LOCALES: Record<Language, string> = { es: 'es-ES', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

// Making a formatter costs far more than using one, and a table of cohorts formats thousands of cells.
const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}|${options.style ?? ''}|${options.currency ?? ''}|${options.maximumFractionDigits ?? ''}`;
  let format = formatters.get(key);
  if (!format) formatters.set(key, (format = new Intl.NumberFormat(LOCALES[language], options)));
  return format;
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return numberFormat(language, { maximumFractionDigits }).format(value);
}

export function formatMoney(value: number, language: Language, currency: string): string {
  return numberFormat(language, { style: 'currency', currency }).format(value);
}

/** A share given as a fraction (0.25) shown as a percentage. */
export function formatPercent(share: number, language: Language, maximumFractionDigits = 1): string {
  return numberFormat(language, { style: 'percent', maximumFractionDigits }).format(share);
}

/** A calendar date (`yyyy-mm-dd`) is shown as that day everywhere; a moment in time, in the reader's zone. */
export function formatDate(iso: string, language: Language): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: dateOnly ? 'UTC' : undefined }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
