import type { EChartsCoreOption } from 'echarts/core';
import type { Language } from '../domain/plan';
import type { StepId } from '../domain/steps';

/**
 * The printable plan as plain data: what goes in the document and in which order, already
 * worded in the plan's language. The PDF renderer only lays it out.
 */

export type CellTone = 'ok' | 'warn' | 'danger' | 'muted';

/** A table cell: text, or text with alignment, weight, tone, background (`#rrggbb`) and the unrounded number behind it. */
export type ReportCell =
  | string
  | { text: string; align?: 'left' | 'right' | 'center'; bold?: boolean; tone?: CellTone; value?: number; metric?: string; fill?: string; ink?: string };

export interface ReportColumn {
  label: string;
  align?: 'left' | 'right' | 'center';
  /** Relative width; columns without one share what is left. */
  weight?: number;
}

export interface TableBlock {
  kind: 'table';
  /** Stable id (`figures-value`, `kpis`…) for tests. */
  id: string;
  columns: ReportColumn[];
  rows: ReportCell[][];
  /** Totals row(s), drawn bold after the body. */
  foot?: ReportCell[][];
  /** Smaller type for wide tables (many columns). */
  compact?: boolean;
}

export interface ChartBlock {
  kind: 'chart';
  id: string;
  title: string;
  reading: string;
  units?: string;
  option: EChartsCoreOption;
  /** Height / width of the drawing. */
  aspect: number;
}

export interface KeyFigure {
  label: string;
  value: string;
  /** The figure's id and unrounded value, where it is a diagnosis figure. */
  metric?: string;
  raw?: number;
}

export type ReportBlock =
  | { kind: 'heading'; text: string; id: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string; tone?: 'lead' | 'muted' | 'emphasis' }
  | { kind: 'answer'; question: string; text: string }
  | { kind: 'list'; items: string[] }
  | { kind: 'key-figures'; items: KeyFigure[] }
  | { kind: 'pending'; text: string }
  | TableBlock
  | ChartBlock;

export type SectionId =
  | 'summary' | StepId | 'business' | 'appendix-method' | 'appendix-quality' | 'appendix-dictionary';

export interface ReportSection {
  id: SectionId;
  /** "1".."6" for the steps, "A".."C" for appendices, '' for the summary. */
  number: string;
  /** The line above the title: "Paso 1 de 6", "Anexo A"; '' for none. */
  eyebrow: string;
  title: string;
  /** Nothing written or computed yet: marked in the contents and with a short note. */
  pending: boolean;
  blocks: ReportBlock[];
}

export interface ReportCover {
  kind: string;
  title: string;
  lines: { label: string; value: string }[];
  /** e.g. "Borrador: 3 de 6 pasos completados"; null when every step is complete. */
  draftNote: string | null;
  /** A data URL of the user's logo, or null. */
  logo: string | null;
}

export interface ReportDocument {
  language: Language;
  /** BCP 47 tag for the PDF's language entry, e.g. es-ES. */
  languageTag: string;
  meta: { title: string; author: string; subject: string; keywords: string; creator: string };
  cover: ReportCover;
  /** "Plan · Company", printed at the top of every page after the cover. */
  runningHeader: string;
  contentsTitle: string;
  pendingMark: string;
  /** "Página {x} de {y}" with both placeholders. */
  pageTemplate: string;
  sections: ReportSection[];
  fileName: string;
}
