import { describe, expect, it } from 'vitest';
import { fontsOf } from '../../src/components/warm-fonts';

describe('fontsOf', () => {
  it('lists each font the texts of an option use once, in the family the option gives its text', () => {
    const option = {
      textStyle: { fontFamily: 'Inter', fontSize: 12 },
      legend: { textStyle: { fontSize: 12 } },
      yAxis: { nameTextStyle: { fontSize: 11 }, axisLabel: { fontWeight: 700 } },
      series: [{ label: { fontWeight: 'bold', fontSize: 14, rich: { b: { fontSize: 10 } } }, data: [1, 2, 3] }],
    };
    expect(fontsOf(option).sort()).toEqual(
      ['normal normal 12px Inter', 'normal normal 11px Inter', 'normal 700 12px Inter', 'normal bold 14px Inter', 'normal normal 10px Inter'].sort(),
    );
  });

  it('reads no long data array nor typed array (a chart of 250,000 points), only ECharts’ default text without styles', () => {
    const long = Array.from({ length: 5000 }, (_, i) => ({ value: i, label: { fontSize: 9 + (i % 7) } }));
    expect(fontsOf({ series: [{ data: long }, { data: new Float64Array(10) }] })).toEqual(['normal normal 12px sans-serif']);
  });
});
