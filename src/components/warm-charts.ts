import { warmUpOptions } from '../charts/warm-up-options';
import { drawInTurn, yieldToPage } from './draw-in-turn';
import { canvasAvailable, disposeChart, loadECharts, setOptionInParts } from './render-chart';
import { fontsOf, warmFonts } from './warm-fonts';

let started = false;

/**
 * Draws the warm-up charts off the page, each in turn like a real chart, once per page. The first
 * chart ECharts draws costs twice as much as the same chart drawn later (its code is compiled as
 * it runs): with 50,000 customers that made the first charts after the figures block the page for
 * 60–120 ms. Called when data starts being read, the warm-up uses the time the page spends
 * waiting for the worker.
 */
export function warmCharts(): void {
  if (started || !canvasAvailable()) return;
  started = true;
  for (const option of warmUpOptions()) {
    void drawInTurn(async () => {
      const { init } = await loadECharts();
      await warmFonts(fontsOf(option));
      const chart = init(document.createElement('div'), undefined, { renderer: 'canvas', width: 320, height: 240 });
      try {
        await setOptionInParts(chart, option);
        await yieldToPage();
        // Painted in a task of its own, as a chart on the page is painted in its frame.
        chart.getZr().refreshImmediately();
      } finally {
        disposeChart(chart);
      }
    }).catch(() => undefined);
  }
}
