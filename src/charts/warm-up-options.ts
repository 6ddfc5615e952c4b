import { AXIS_NAME_STYLE, baseOption, grid, SPLIT_LINE, type DiagnosisOption } from './base-option';
import { DECALS, HEAT, INK, orderedColours, PRIMARY, REFERENCE, SECONDARY } from './palette';

const NAMES = ['A', 'B', 'C', 'D'];

/**
 * Three small charts that take ECharts through what the diagnosis charts use (bars stacked and
 * labelled with decals, a line with its legend and reference line, a heatmap with a continuous
 * visual map, a scatter with marked areas), with the same fonts. Drawn once before the first
 * real chart, they let the browser compile that code while the page waits for the figures.
 */
export function warmUpOptions(): DiagnosisOption[] {
  const colours = orderedColours(4);
  const bars: DiagnosisOption = {
    ...baseOption(),
    grid: grid(),
    legend: { top: 0, data: ['x', 'y'] },
    xAxis: { type: 'category', data: NAMES, name: 'x', nameTextStyle: AXIS_NAME_STYLE },
    yAxis: [{ type: 'value', splitLine: SPLIT_LINE, axisLabel: { fontSize: 13 } }, { type: 'value', max: 1 }],
    // The other fonts the charts write in.
    graphic: [
      { type: 'text', left: 'center', bottom: 0, style: { text: 'x', fill: INK } },
      { type: 'text', left: 0, bottom: 0, style: { text: 'x', fill: INK, fontWeight: 600, fontSize: 12 } },
      { type: 'text', right: 0, bottom: 0, style: { text: 'x', fill: INK, fontWeight: 700, fontSize: 14 } },
      { type: 'text', right: 0, top: 0, style: { text: 'x', fill: INK, fontSize: 8 } },
    ],
    series: [
      {
        name: 'x',
        type: 'bar',
        stack: 's',
        data: NAMES.map((_, k) => ({ value: k + 1, itemStyle: { color: colours[k], decal: DECALS[k % DECALS.length] } })),
        label: { show: true, position: 'insideRight', fontWeight: 'bold' },
      },
      {
        name: 'y',
        type: 'line',
        yAxisIndex: 1,
        data: [0.2, 0.5, 0.8, 1],
        lineStyle: { color: SECONDARY },
        markLine: { symbol: 'none', data: [{ yAxis: 0.8 }], lineStyle: { type: 'dashed' }, label: { formatter: 'x' } },
      },
    ],
  };
  const heatmap: DiagnosisOption = {
    ...baseOption(),
    grid: grid(24, 40),
    xAxis: { type: 'category', data: NAMES },
    yAxis: { type: 'category', inverse: true, data: NAMES, name: 'y', nameLocation: 'start' },
    visualMap: { type: 'continuous', min: 0, max: 1, dimension: 2, orient: 'horizontal', left: 'center', bottom: 0, text: ['1', '0'], textStyle: { fontSize: 11 }, inRange: { color: HEAT } },
    series: [
      {
        type: 'heatmap',
        itemStyle: { borderColor: '#ffffff', borderWidth: 1 },
        label: { show: true, fontSize: 10, color: INK, textBorderColor: '#ffffff', textBorderWidth: 2 },
        data: NAMES.flatMap((_, x) => NAMES.map((__, y) => [x, y, ((x + y) % 4) / 4])),
      },
    ],
  };
  const scatter: DiagnosisOption = {
    ...baseOption(),
    grid: grid(),
    xAxis: { type: 'value', name: 'x', splitLine: SPLIT_LINE },
    yAxis: { type: 'value', name: 'y', splitLine: SPLIT_LINE },
    series: [
      {
        type: 'scatter',
        symbolSize: 4,
        itemStyle: { color: PRIMARY, opacity: 0.6 },
        data: NAMES.map((_, k) => [k, (k * 7) % 4]),
        markArea: { silent: true, itemStyle: { color: REFERENCE, opacity: 0.15 }, data: [[{ xAxis: 0, yAxis: 0 }, { xAxis: 1.5, yAxis: 1.5 }]] },
        markLine: { symbol: 'none', silent: true, data: [{ xAxis: 1.5 }, { yAxis: 1.5 }] },
      },
      {
        type: 'scatter',
        symbolSize: 1,
        label: { show: true, fontWeight: 700, fontSize: 12, textBorderColor: '#ffffff', textBorderWidth: 4 },
        data: [{ value: [0, 0], label: { formatter: 'x\n1' } }],
      },
    ],
  };
  return [bars, heatmap, scatter];
}
