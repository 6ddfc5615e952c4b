import type { DatasetKind } from '../dataset';
import type { EpochDay } from '../dates';
import type { ImportDetected, ImportOptions } from './import-types';

/**
 * The options that read a confirmed file again exactly as the user saw it: every detection made
 * explicit, so a later reload does not depend on detecting the same things twice.
 */
export function confirmedOptions(detected: ImportDetected, kind: DatasetKind, today: EpochDay, language: 'es' | 'en'): ImportOptions {
  return {
    today,
    language,
    encoding: detected.encoding ?? undefined,
    delimiter: detected.delimiter,
    hasHeader: detected.hasHeader,
    firstLine: detected.firstLine,
    sheet: detected.sheet ?? undefined,
    decimal: detected.decimal,
    dateOrder: detected.dateOrder,
    kind,
    mapping: { [kind]: detected.mapping[kind].mapping },
    marginKind: detected.marginKind ?? undefined,
  };
}
