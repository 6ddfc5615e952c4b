import { describe, expect, it } from 'vitest';
import { breaches, LAYER_RULES, sourceFiles, type LayerRule, type Source } from './layer-rules';

const sources = sourceFiles();
const rule = (start: string): LayerRule => LAYER_RULES.find((r) => r.title.startsWith(start))!;

/** For each rule, files that break it and files that keep it, so that a rule that checks nothing fails. */
const EXAMPLES: readonly { rule: LayerRule; bad: Source[]; good: Source[] }[] = [
  {
    rule: rule('the domain'),
    bad: [
      { name: 'domain/x.ts', code: "import { locale } from '../i18n/locale.svelte';" },
      { name: 'domain/metrics/x.ts', code: "import type { FidelizaDb } from '../../storage/db';" },
      { name: 'domain/x.ts', code: "export { baseOption } from '../charts/base-option';" },
      { name: 'domain/x.ts', code: "const echarts = await import('echarts/core');" },
      { name: 'domain/x.ts', code: 'export const title = () => document.title;' },
    ],
    good: [{ name: 'domain/metrics/x.ts', code: "import type { EpochDay } from '../dates';\nimport * as v from 'valibot';\n// document.title in a comment" }],
  },
  {
    rule: rule('storage'),
    bad: [
      { name: 'storage/x.ts', code: "import type { PlanEditor } from '../state/plan-editor.svelte';" },
      { name: 'storage/backup/x.ts', code: "import Figure from '../../steps/diagnosis/Figure.svelte';" },
      { name: 'storage/x.ts', code: "import { untrack } from 'svelte';" },
      { name: 'storage/Notice.svelte', code: '<p>hola</p>' },
    ],
    good: [{ name: 'storage/x.ts', code: "import Dexie from 'dexie';\nimport type { Plan } from '../domain/plan';" }],
  },
  {
    rule: rule('charts'),
    bad: [
      { name: 'charts/x.ts', code: "import { download } from '../components/download';" },
      { name: 'charts/x.ts', code: "import type { FidelizaDb } from '../storage/db';" },
      { name: 'charts/Chart.svelte', code: '<div></div>' },
      { name: 'charts/x.ts', code: "export const box = () => document.createElement('div');" },
    ],
    good: [{ name: 'charts/x.ts', code: "import type { Diagnosis } from '../domain/metrics/diagnosis';\nimport { use } from 'echarts/core';\nimport { wordsIn } from '../i18n/words';" }],
  },
  {
    rule: rule('documents'),
    bad: [
      { name: 'report/x.ts', code: "import { figureText } from '../steps/diagnosis/figure-text';" },
      { name: 'report/pdf/x.ts', code: "import { tick } from 'svelte';" },
      { name: 'report/Summary.svelte', code: '<p></p>' },
    ],
    good: [{ name: 'report/x.ts', code: "import { planSections } from '../domain/plan-sections';\nimport { chartToPng } from '../components/render-chart';" }],
  },
  {
    rule: rule('shared components'),
    bad: [{ name: 'components/X.svelte', code: "<script lang=\"ts\">\n  import StepIntro from '../steps/StepIntro.svelte';\n</script>" }],
    good: [{ name: 'components/report/X.svelte', code: "<script lang=\"ts\">\n  import Chart from '../Chart.svelte';\n  import { locale } from '../../i18n/locale.svelte';\n</script>" }],
  },
  {
    rule: rule('a step'),
    bad: [
      { name: 'steps/evaluation/x.ts', code: "import { localToday } from '../implementation/implementation-state';" },
      { name: 'steps/diagnosis/quality/X.svelte', code: "<script lang=\"ts\">\n  import Checklist from '../../dissemination/Checklist.svelte';\n</script>" },
    ],
    good: [{ name: 'steps/diagnosis/quality/x.ts', code: "import { figureText } from '../figure-text';\nimport StepIntro from '../../StepIntro.svelte';\nimport NumberInput from '../../../components/NumberInput.svelte';" }],
  },
];

describe('every layer rule holds in src/', () => {
  it('has files to check', () => {
    expect(sources.filter((s) => s.name.startsWith('domain/')).length).toBeGreaterThan(100);
    for (const r of LAYER_RULES) expect(sources.filter((s) => r.applies(s.name)).length, r.title).toBeGreaterThan(3);
  });

  it.each(LAYER_RULES.map((r) => [r.title, r] as const))('%s', (_, r) => {
    expect(breaches(r, sources)).toEqual([]);
  });
});

describe('the layer checker', () => {
  it('has an example for every rule', () => {
    expect(EXAMPLES.map((e) => e.rule)).toEqual(LAYER_RULES);
  });

  it.each(EXAMPLES.map((e) => [e.rule.title, e] as const))('catches what breaks "%s", and only that', (_, { rule: r, bad, good }) => {
    for (const source of bad) expect(breaches(r, [source]), `${source.name}: ${source.code}`).toHaveLength(1);
    expect(breaches(r, good)).toEqual([]);
  });
});
