/**
 * The only module that imports ECharts, loaded with `await import('./echarts-setup')` so that
 * ECharts becomes its own chunk, fetched when the first chart appears. Registers just the charts,
 * components and renderers our builders use.
 */
import { BarChart, HeatmapChart, LineChart, ScatterChart, CustomChart } from 'echarts/charts';
import {
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  CustomChart,
  GraphicComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  CanvasRenderer,
  SVGRenderer,
]);

export { init };
export type { ECharts } from 'echarts/core';
