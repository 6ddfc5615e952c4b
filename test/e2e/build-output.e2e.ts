import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ASSETS = 'dist/assets';
const COMPILE_WHOLE = '//# allFunctionsCalledOnLoad';
const firstLine = (name: string) => readFileSync(join(ASSETS, name), 'utf8').split('\n', 1)[0];

describe('the build', () => {
  it('has Chromium compile the charts library whole as it loads, and no other chunk', () => {
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    const charts = scripts.filter((name) => name.startsWith('echarts-setup-'));
    expect(charts).toHaveLength(1);
    expect(firstLine(charts[0])).toBe(COMPILE_WHOLE);
    expect(scripts.filter((name) => firstLine(name) === COMPILE_WHOLE)).toEqual(charts);
  });
});
