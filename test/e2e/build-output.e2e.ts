import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ASSETS = 'dist/assets';
const COMPILE_WHOLE = '//# allFunctionsCalledOnLoad';
const firstLine = (name: string) => readFileSync(join(ASSETS, name), 'utf8').split('\n', 1)[0];

describe('the build', () => {
  it('has Chromium compile the charts library and the diagnosis worker whole as they load, and no other chunk', () => {
    const scripts = readdirSync(ASSETS).filter((name) => name.endsWith('.js'));
    const whole = scripts.filter((name) => name.startsWith('echarts-setup-') || name.startsWith('diagnosis.worker-'));
    expect(whole).toHaveLength(2);
    for (const name of whole) expect(firstLine(name)).toBe(COMPILE_WHOLE);
    expect(scripts.filter((name) => firstLine(name) === COMPILE_WHOLE)).toEqual(whole);
  });
});
