import type { BarSeriesOption, HeatmapSeriesOption, LineSeriesOption, ScatterSeriesOption } from 'echarts/charts';
import type {
  GraphicComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkAreaComponentOption,
  MarkLineComponentOption,
  TooltipComponentOption,
  VisualMapComponentOption,
} from 'echarts/components';
import type { ComposeOption } from 'echarts/core';
import type { UnlockHint } from '../domain/metrics/diagnosis';
import type { ChartWords } from './chart-text';
import { FONT, INK, INK_SOFT, LINE } from './palette';

/** The option type of every diagnosis chart: only what `echarts-setup.ts` registers. */
export type DiagnosisOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | HeatmapSeriesOption
  | ScatterSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | VisualMapComponentOption
  | MarkLineComponentOption
  | MarkAreaComponentOption
  | GraphicComponentOption
>;

/** What every chart shares: the app's font and ink, short animations, tooltips kept inside. */
export function baseOption(): DiagnosisOption {
  return {
    animationDuration: 300,
    textStyle: { fontFamily: FONT, color: INK, fontSize: 12 },
    tooltip: { confine: true, textStyle: { fontFamily: FONT } },
  };
}

/** A grid that keeps the axis labels and names inside the drawing, however narrow. */
export function grid(top = 44, bottom = 8): GridComponentOption {
  return { left: 8, right: 16, top, bottom, outerBoundsMode: 'same', outerBoundsContain: 'all' };
}

export const AXIS_NAME_STYLE = { color: INK_SOFT, fontSize: 12 };
export const SPLIT_LINE = { lineStyle: { color: LINE } };

/** Breaks a label into lines of about `width` characters at spaces, never inside a word. */
export function wrapWords(text: string, width: number): string {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

/** Linear interpolation of y at x over points sorted by x; clamps outside the range. */
export function interpolate(xs: readonly number[], ys: readonly number[], x: number): number {
  if (xs.length === 0) return NaN;
  if (x <= xs[0]) return ys[0];
  for (let k = 1; k < xs.length; k++) {
    if (x <= xs[k]) return ys[k - 1] + ((ys[k] - ys[k - 1]) * (x - xs[k - 1])) / (xs[k] - xs[k - 1]);
  }
  return ys[ys.length - 1];
}

/** The sentence that says why a chart is missing, from the engine's hint. */
export function unlockText(words: ChartWords, hint: UnlockHint | undefined): string {
  if (!hint) return words.t('unlock.none');
  switch (hint.code) {
    case 'needs-dataset':
      return words.t(hint.dataset === 'customers' ? 'unlock.needs-customers' : 'unlock.needs-transactions');
    case 'needs-column':
      return words.t(hint.dataset === 'customers' ? 'unlock.needs-customer-column' : 'unlock.needs-transaction-column', { column: words.column(hint) });
    case 'needs-input': {
      const sentence = `unlock.input.${hint.field}`;
      return words.has(sentence) ? words.t(sentence) : words.t('unlock.none');
    }
    default:
      return words.t(`unlock.${hint.code}`);
  }
}
