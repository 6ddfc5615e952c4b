import { describe, expect, it } from 'vitest';
import type { ECharts } from '../../src/charts/echarts-setup';
import { setOptionInParts } from '../../src/components/render-chart';

/**
 * A stand-in for ECharts that keeps a lazy `setOption` pending as ECharts does, until `resize`
 * lays it out; its frames (which lay out and paint) can be paused.
 */
function fakeChart() {
  const calls: string[] = [];
  const animation = { pause: () => calls.push('frames paused'), resume: () => calls.push('frames resumed') };
  const chart = {
    __pendingUpdate: null as object | null,
    getZr: () => ({ animation }),
    setOption(option: { animation?: boolean }, opts: { lazyUpdate?: boolean }) {
      calls.push(`${opts.lazyUpdate ? 'setOption lazy' : 'setOption'}${option.animation === false ? ', no animation' : ''}`);
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
  it('reads the option in one task and lays it out in a later one, no frame between them', async () => {
    const { calls, asECharts } = fakeChart();
    const done = setOptionInParts(asECharts, { series: [] });
    expect(calls).toEqual(['frames paused', 'setOption lazy, no animation']);
    await done;
    expect(calls).toEqual(['frames paused', 'setOption lazy, no animation', 'resize', 'frames resumed']);
  });

  it('lays nothing out again when ECharts already has (the chart was resized meanwhile)', async () => {
    const { chart, calls, asECharts } = fakeChart();
    const done = setOptionInParts(asECharts, { series: [] });
    chart.__pendingUpdate = null;
    await done;
    expect(calls).toEqual(['frames paused', 'setOption lazy, no animation', 'frames resumed']);
  });
});
