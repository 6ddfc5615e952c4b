/** Currencies offered when a plan is created: the Spanish-speaking markets first. */
export const CURRENCIES = ['EUR', 'USD', 'MXN', 'COP', 'ARS', 'CLP', 'PEN', 'UYU', 'GBP', 'CHF'] as const;
