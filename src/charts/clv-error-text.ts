import type { PredictiveWords } from './predictive-words';
import type { ClvError } from '../domain/clv-models/result';

const SYMBOLS: Record<string, string> = { alpha: 'α', gamma: 'γ' };

/** The sentence for a model's error code, naming the parameter at fault as the screen writes it. */
export function clvErrorText(words: PredictiveWords, error: ClvError): string {
  const field = error.field === undefined ? '' : (SYMBOLS[error.field] ?? error.field);
  return words.t(`predictive.error.${error.code}`, { field });
}
