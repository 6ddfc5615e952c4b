import type {
  ColumnMapping, CustomerField, CustomerTable, DatasetKind, RejectedRow, TransactionField, TransactionTable,
} from '../dataset';
import type { EpochDay } from '../dates';
import type { DateOrder } from './date-format';
import type { BinaryFormat, TextEncodingName } from './decode-bytes';
import type { MisreadLines } from './mixed-encoding';
import type { DecimalSeparator } from './number-format';
import type { Delimiter, Newline } from './sniff';
import type { KindEvidence } from './kind-evidence';
import type { MappingSuggestion } from './suggest-mapping';
import type { MarginKind } from './transaction-conventions';

/** Every detection can be overridden; `today` bounds plausible dates, `language` breaks dd/mm–mm/dd ties. */
export interface ImportOptions {
  today: EpochDay;
  language: 'es' | 'en';
  encoding?: TextEncodingName;
  delimiter?: Delimiter;
  hasHeader?: boolean;
  /** 1-based line of the header (or of the first data row): lines above it are titles, not data. */
  firstLine?: number;
  /** The sheet of a spreadsheet file that was read (the worker turns it into CSV text). */
  sheet?: string;
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
  /** 1-based line where the table starts: the header, or the first data row without one. */
  firstLine: number;
  /** The sheet read, for a spreadsheet; null for CSV text. */
  sheet: string | null;
  decimal: DecimalSeparator;
  decimalAmbiguous: boolean;
  dateOrder: DateOrder;
  dateOrderAmbiguous: boolean;
  kind: DatasetKind;
  /** 1 when the person chose the kind; 0.9 on clear evidence; 0.5 when the signs are weak. */
  kindConfidence: number;
  /** Why this kind: rows per customer id, date and amount, contact columns, header words. */
  evidence: KindEvidence;
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
  /** Asked in the review before the data can be used; null when nothing needs asking. */
  question: ImportQuestion | null;
}

/** Weak signs of the kind of file, or fewer than half the rows usable: the person confirms first. */
export type ImportQuestion =
  | { code: 'weak-kind' }
  | { code: 'few-usable-rows'; used: number; rows: number };

export type ImportError =
  | { code: 'empty' }
  | { code: 'binary'; format?: BinaryFormat }
  | { code: 'html' }
  /** An .xlsx or .ods file that could not be opened (damaged, or protected with a password). */
  | { code: 'unreadable-spreadsheet' }
  | { code: 'single-column' }
  | { code: 'unclosed-quote'; row: number; view: ImportView }
  | { code: 'missing-required-column'; kind: DatasetKind; field: TransactionField | CustomerField; view: ImportView }
  | { code: 'no-usable-rows'; view: ImportView; rejects: RejectedRow[]; counts: ImportCounts };
