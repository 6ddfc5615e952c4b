import type { EChartsCoreOption } from 'echarts/core';

/**
 * The screen's option as a document draws it: the final picture at once, in the document's font.
 * A series drawn progressively (a heatmap of thousands of cells, a bar series in large mode)
 * would otherwise be exported after its first chunk only, the rest left blank; so every series
 * is drawn in one go. Series, data and styles stay those of the screen.
 */
export function printOption(option: EChartsCoreOption, fontFamily?: string): EChartsCoreOption {
  const textStyle = (option.textStyle ?? {}) as Record<string, unknown>;
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  return {
    ...option,
    ...(fontFamily && { textStyle: { ...textStyle, fontFamily } }),
    animation: false,
    series: series.map((s) => ({ ...(s as Record<string, unknown>), progressive: 0 })),
  };
}
