import type {
  ColumnMapping, CustomerField, CustomerTable, DatasetKind, RejectedRow, TransactionField, TransactionTable,
} from '../dataset';
import type { EpochDay } from '../dates';
import type { DateOrder } from './date-format';
import type { BinaryFormat, TextEncodingName } from './decode-bytes';
import type { MisreadLines } from './mixed-encoding';
import type { DecimalSeparator } from './number-format';
import type { Delimiter, Newline } from './sniff';
import type { MappingSuggestion } from './suggest-mapping';
import type { MarginKind } from './transaction-conventions';

/** Every detection can be overridden; `today` bounds plausible dates, `language` breaks dd/mm–mm/dd ties. */
export interface ImportOptions {
  today: EpochDay;
  language: 'es' | 'en';
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  hasHeader?: boolean;
  decimal?: DecimalSeparator;
  dateOrder?: DateOrder;
  kind?: DatasetKind;
  mapping?: { transactions?: ColumnMapping<TransactionField>; customers?: ColumnMapping<CustomerField> };
  marginKind?: MarginKind;
}

/** What was detected (or taken from the options), for the UI to show and let the user change. */
export interface ImportDetected {
  /** Null for pasted text. */
  encoding: TextEncodingName | null;
  bom: boolean;
  /** Lines that seem written in another encoding than the rest of the file (null: none). */
  misread?: MisreadLines | null;
  delimiter: Delimiter;
  newline: Newline;
  hasHeader: boolean;
  decimal: DecimalSeparator;
  decimalAmbiguous: boolean;
  dateOrder: DateOrder;
  dateOrderAmbiguous: boolean;
  kind: DatasetKind;
  kindConfidence: number;
  /** The mappings in use for each kind, with the suggestions and their confidence. */
  mapping: MappingSuggestion;
  /** How the margin column is written; null without one. */
  marginKind: MarginKind | null;
  /** Cost column per unit, multiplied by the quantity. */
  unitCost: boolean;
  /** Invoice ids `C…` mark cancellations. */
  cancellationPrefix: boolean;
}

/** What the user needs to fix an import: what was detected, the column names and the first rows. */
export interface ImportView {
  detected: ImportDetected;
  /** Column names; `A`, `B`, … when the file has no header row. */
  header: string[];
  /** The first 20 data rows as read. */
  preview: string[][];
}

export interface ImportCounts {
  /** Data rows: every non-blank line after the header (a quoted multi-line row counts once). */
  rows: number;
  used: number;
  rejected: number;
  blankLines: number;
}

export type ImportData =
  | { kind: 'transactions'; transactions: TransactionTable }
  | { kind: 'customers'; customers: CustomerTable };

export type ImportWarning =
  | { code: 'ambiguous-date-order'; columns: string[] }
  | { code: 'ambiguous-decimal'; columns: string[] };

export interface ImportResult extends ImportView {
  data: ImportData;
  /** Every row that could not be used, in line order. */
  rejects: RejectedRow[];
  counts: ImportCounts;
  warnings: ImportWarning[];
}

export type ImportError =
  | { code: 'empty' }
  | { code: 'binary'; format?: BinaryFormat }
  | { code: 'html' }
  | { code: 'single-column' }
  | { code: 'unclosed-quote'; row: number; view: ImportView }
  | { code: 'missing-required-column'; kind: DatasetKind; field: TransactionField | CustomerField; view: ImportView }
  | { code: 'no-usable-rows'; view: ImportView; rejects: RejectedRow[]; counts: ImportCounts };
