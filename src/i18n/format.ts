import type { Language } from '../domain/plan';

const LOCALES: Record<Language, string> = { es: 'es-ES', en: 'en-GB' };

export function localeOf(language: Language): string {
  return LOCALES[language];
}

export function formatNumber(value: number, language: Language, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits }).format(value);
}

export function formatMoney(value: number, language: Language, currency: string): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'currency', currency }).format(value);
}

/** A share given as a fraction (0.25) shown as a percentage. */
export function formatPercent(share: number, language: Language, maximumFractionDigits = 1): string {
  return new Intl.NumberFormat(LOCALES[language], { style: 'percent', maximumFractionDigits }).format(share);
}

/** A calendar date (`yyyy-mm-dd`) is shown as that day everywhere; a moment in time, in the reader's zone. */
export function formatDate(iso: string, language: Language): string {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeZone: dateOnly ? 'UTC' : undefined }).format(new Date(iso));
}

export function formatDateTime(iso: string, language: Language): string {
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
