const UNITS = {
  es: { 1: ['mes', 'meses'], 3: ['trimestre', 'trimestres'], 6: ['semestre', 'semestres'], 12: ['año', 'años'] },
  en: { 1: ['month', 'months'], 3: ['quarter', 'quarters'], 6: ['half-year', 'half-years'], 12: ['year', 'years'] },
} as const;

/**
 * The word for a number of analysis periods of `months` months each: «años» when P = 12,
 * «trimestres» when P = 3…; «periodos de 5 meses» for a length without a name of its own.
 */
export function periodUnit(one: boolean, months: number, language: 'es' | 'en'): string {
  const named = (UNITS[language] as Record<number, readonly [string, string]>)[months];
  if (named) return named[one ? 0 : 1];
  const plain = language === 'es' ? (one ? 'periodo' : 'periodos') : one ? 'period' : 'periods';
  if (!Number.isInteger(months) || months <= 0) return plain;
  return language === 'es' ? `${plain} de ${months} meses` : `${plain} of ${months} months`;
}
