import type { Result } from '../result';

/** Why a model could not be fitted or applied; the UI turns the code into a sentence. */
export type ClvErrorCode =
  | 'no-purchases'
  | 'single-purchase-day'
  | 'bad-date'
  | 'bad-input'
  | 'too-few-repeat-buyers'
  | 'no-convergence'
  | 'degenerate-fit'
  | 'heavy-tailed-spend'
  | 'bad-parameter';

export interface ClvError {
  code: ClvErrorCode;
  /** Summary row (customer) at fault, where one is. */
  customer?: number;
  /** Option or parameter at fault, where one is. */
  field?: string;
}

export type ClvResult<T> = Result<T, ClvError>;

export const fail = (code: ClvErrorCode, where: Omit<ClvError, 'code'> = {}): { ok: false; error: ClvError } =>
  ({ ok: false, error: { code, ...where } });
