import { beforeAll, describe, expect, it } from 'vitest';
import { importCsv } from '../../../src/domain/csv/import-csv';
import { epochDay, epochDayToIso } from '../../../src/domain/dates';
import { AUDIENCE_SCOPE } from '../../../src/domain/dissemination/audience';
import { restoreDissemination } from '../../../src/domain/dissemination/restore-dissemination';
import { restoreEvaluation } from '../../../src/domain/evaluation/restore-evaluation';
import { validateActions } from '../../../src/domain/implementation/action';
import { restoreImplementation } from '../../../src/domain/implementation/restore-implementation';
import { restoreAnalysis } from '../../../src/domain/metrics/restore-analysis';
import { restoreObjectives } from '../../../src/domain/objectives/restore-objectives';
import { checkSmart } from '../../../src/domain/objectives/smart-check';
import type { Language } from '../../../src/domain/plan';
import { restorePlan } from '../../../src/domain/restore-plan';
import { buildSampleBundle, type SampleBundle } from '../../../src/domain/sample/sample-bundle';
import { STEP_FIELDS, fieldKey } from '../../../src/domain/steps';
import { restoreStrategies } from '../../../src/domain/strategies/restore-strategies';
import { STRATEGY_FAMILIES } from '../../../src/domain/strategies/strategy';

const TODAY = epochDay(2026, 5, 20);
const bundles = {} as Record<Language, SampleBundle>;

beforeAll(() => {
  for (const language of ['es', 'en'] as const) {
    const built = buildSampleBundle({ language, today: TODAY });
    if (!built.ok) throw new Error(built.error.code);
    bundles[language] = built.value;
  }
}, 60_000);

const json = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe.each(['es', 'en'] as const)('buildSampleBundle (%s)', (language) => {
  it('names the plan in its language and answers every question of step 1', () => {
    const { content } = bundles[language];
    expect(content.plan).toMatchObject({ company: 'Panaderías Trigo y Sal', currency: 'EUR', language });
    for (const field of STEP_FIELDS.diagnosis) expect(content.fields[fieldKey('diagnosis', field)]?.length).toBeGreaterThan(80);
  });

  it('stores sections that come back unchanged through each step’s restore', () => {
    const { sections } = bundles[language].content;
    expect(restoreAnalysis(json(sections.analysis))).toEqual(sections.analysis);
    expect(restoreObjectives(json(sections.objectives))).toEqual(sections.objectives);
    expect(restoreStrategies(json(sections.strategies))).toEqual(sections.strategies);
    expect(restoreDissemination(json(sections.dissemination))).toEqual(sections.dissemination);
    expect(restoreImplementation(json(sections.implementation))).toEqual(sections.implementation);
    expect(restoreEvaluation(json(sections.evaluation))).toEqual(sections.evaluation);
  });

  it('makes a plan the store accepts', () => {
    const { content } = bundles[language];
    const stamp = new Date().toISOString();
    const raw = { ...content.plan, id: 'sample', createdAt: stamp, updatedAt: stamp, fields: content.fields, sections: content.sections };
    expect(restorePlan(json(raw)).ok).toBe(true);
  });

  it('writes four specific objectives that pass every SMART letter', () => {
    const { objectives, strategies } = bundles[language].content.sections;
    expect(objectives.specific).toHaveLength(4);
    for (const objective of objectives.specific) {
      expect(objective.baselineDate).toBe(bundles[language].analysisDate);
      const check = checkSmart(objective, {
        today: epochDayToIso(TODAY),
        horizonEnd: objectives.horizonEnd,
        hasGeneralObjective: objectives.general.sentence !== '',
        strategies: strategies.strategies,
      });
      for (const [letter, verdict] of Object.entries(check)) expect(verdict.pass, `${objective.id} ${letter} ${verdict.code}`).toBe(true);
    }
  });

  it('has one strategy per family, each serving objectives that exist', () => {
    const { objectives, strategies } = bundles[language].content.sections;
    const ids = new Set(objectives.specific.map((o) => o.id));
    expect(strategies.strategies.map((s) => s.family).sort()).toEqual([...STRATEGY_FAMILIES].sort());
    for (const s of strategies.strategies) {
      expect(s.objectiveIds.length).toBeGreaterThan(0);
      expect(s.objectiveIds.every((id) => ids.has(id))).toBe(true);
      expect(s.segments.length).toBeGreaterThan(0);
      expect(s.channels.length).toBeGreaterThan(0);
    }
  });

  it('tells internal and external audiences', () => {
    const scopes = new Set(bundles[language].content.sections.dissemination.audiences.map((a) => AUDIENCE_SCOPE[a.kind]));
    expect([...scopes].sort()).toEqual(['external', 'internal']);
  });

  it('plans actions without a validation issue, and KPIs for every objective and some control ratios', () => {
    const { strategies, implementation, evaluation, objectives } = bundles[language].content.sections;
    expect(validateActions(implementation.actions, new Set(strategies.strategies.map((s) => s.id)))).toEqual([]);
    expect(implementation.actions.reduce((sum, a) => sum + a.budget, 0)).toBeGreaterThan(0);
    const followed = new Set(evaluation.kpis.map((k) => k.objectiveId));
    expect(objectives.specific.every((o) => followed.has(o.id))).toBe(true);
    expect(evaluation.kpis.filter((k) => k.ratio !== undefined && k.measurements.length > 0).length).toBeGreaterThan(1);
    const actions = new Set(implementation.actions.map((a) => a.id));
    expect(evaluation.roi.every((entry) => actions.has(entry.id))).toBe(true);
  });

  it('stores with each file the settings that read it again as the import did', () => {
    for (const dataset of bundles[language].datasets) {
      const again = importCsv(dataset.text, dataset.settings.options);
      expect(again.ok).toBe(true);
      if (again.ok) {
        expect(again.value.counts).toEqual(dataset.settings.counts);
        expect(again.value.header).toEqual(dataset.settings.header);
        expect(again.value.detected.kind).toBe(dataset.kind);
      }
    }
  });
});

describe('buildSampleBundle', () => {
  it('writes the plan in Spanish or in English on the same data', () => {
    expect(bundles.es.datasets.map((d) => d.text)).toEqual(bundles.en.datasets.map((d) => d.text));
    expect(bundles.es.content.plan.name).not.toBe(bundles.en.content.plan.name);
    expect(bundles.es.content.sections.objectives.general.sentence).toMatch(/^Aumentar la fidelidad .* en las tres panaderías .* para crecer/);
    expect(bundles.en.content.sections.objectives.general.sentence).toMatch(/^Raise the loyalty .* in the three bakeries .* to grow sales/);
  });
});
