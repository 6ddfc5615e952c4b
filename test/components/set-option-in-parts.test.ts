import { describe, expect, it } from 'vitest';
import type { ECharts } from '../../src/charts/echarts-setup';
import { setOptionInParts } from '../../src/components/render-chart';

/** A stand-in for ECharts that keeps a lazy `setOption` pending as ECharts does, until `resize` lays it out. */
function fakeChart() {
  const calls: string[] = [];
  const chart = {
    __pendingUpdate: null as object | null,
    setOption(_option: unknown, opts: { lazyUpdate?: boolean }) {
      calls.push(opts.lazyUpdate ? 'setOption lazy' : 'setOption');
      if (opts.lazyUpdate) chart.__pendingUpdate = {};
    },
    resize() {
      calls.push('resize');
      chart.__pendingUpdate = null;
    },
    isDisposed: () => false,
  };
  return { chart, calls, asECharts: chart as unknown as ECharts };
}

describe('setOptionInParts', () => {
  it('reads the option in one task and lays it out in a later one', async () => {
    const { calls, asECharts } = fakeChart();
    const done = setOptionInParts(asECharts, { series: [] });
    expect(calls).toEqual(['setOption lazy']);
    await done;
    expect(calls).toEqual(['setOption lazy', 'resize']);
  });

  it('lays nothing out again when ECharts already has (a frame came first)', async () => {
    const { chart, calls, asECharts } = fakeChart();
    const done = setOptionInParts(asECharts, { series: [] });
    chart.__pendingUpdate = null;
    await done;
    expect(calls).toEqual(['setOption lazy']);
  });
});
