import { describe, expect, it } from 'vitest';
import { METRIC_IDS, type MetricId } from '../../../src/domain/metric-ids';
import { diagnose } from '../../../src/domain/metrics/diagnose';
import { FIGURE_GROUP_IDS, FIGURE_GROUPS, type FigureKind } from '../../../src/domain/metrics/figure-groups';
import { METRIC_CATALOGUE, TYPED_BY_PLANNER } from '../../../src/domain/metrics/metric-catalogue';
import { DEFAULT_PARAMS } from '../../../src/domain/metrics/params';
import { METRIC_GROUP_IDS, METRIC_GROUPS } from '../../../src/domain/objectives/metric-groups';
import type { ObjectiveUnit } from '../../../src/domain/objectives/objective';
import { messages } from '../../../src/i18n/messages';
import { customerTable, day, transactionTable } from './tables';
import { WORKED_EXAMPLE } from './worked-example';

const LANGUAGES = ['es', 'en'] as const;
/** The languages that lack the key. */
const missingIn = (key: string) => LANGUAGES.filter((language) => !(key in messages[language]));
const shown = METRIC_IDS.filter((id) => METRIC_CATALOGUE[id].group !== null);
const objectiveMetrics = METRIC_IDS.filter((id) => METRIC_CATALOGUE[id].objective !== null);

describe('the metric catalogue: words', () => {
  it.each(shown)('%s, a figure of step 1, has its name, what it measures and its formula in both languages', (id) => {
    for (const key of [`metric.${id}`, `metric.${id}.explain`, `metric.${id}.formula`]) expect(missingIn(key), key).toEqual([]);
  });

  it.each(objectiveMetrics)('%s, which an objective can be on, has its name in step 2 in both languages', (id) => {
    expect(missingIn(`objectives.metric.${id}`)).toEqual([]);
  });

  it('names every group of step 1 and of the metric picker in both languages', () => {
    expect(FIGURE_GROUP_IDS.flatMap((group) => missingIn(`group.${group}`).map((l) => `${l} group.${group}`))).toEqual([]);
    expect(METRIC_GROUP_IDS.flatMap((group) => missingIn(`objectives.metricGroup.${group}`).map((l) => `${l} ${group}`))).toEqual([]);
  });
});

describe('the metric catalogue: groups', () => {
  it('shows each group of step 1 with at least one figure, and every figure once', () => {
    for (const group of FIGURE_GROUPS) expect(group.figures.length, group.id).toBeGreaterThan(0);
    expect(FIGURE_GROUPS.flatMap((g) => g.figures.map((f) => f.id)).sort()).toEqual([...shown].sort());
  });

  it('places the metrics of each picker group at 1, 2, 3… with no gap and no tie', () => {
    for (const group of METRIC_GROUP_IDS) {
      const positions = METRIC_IDS.flatMap((id) => {
        const picker = METRIC_CATALOGUE[id].objective?.picker;
        return picker?.group === group ? [picker.position] : [];
      });
      expect(positions.sort((a, b) => a - b), group).toEqual(positions.map((_, i) => i + 1));
      expect(METRIC_GROUPS.find((g) => g.group === group)?.metrics.length, group).toBe(positions.length);
    }
  });
});

describe('the metric catalogue: units', () => {
  /** The objective units that read a figure of each kind as the screen shows it. */
  const UNITS_OF_KIND: Record<FigureKind, readonly ObjectiveUnit[]> = {
    count: ['customers', 'number'],
    share: ['%'],
    money: ['currency'],
    number: ['number'],
    periods: ['periods'],
  };

  it.each(objectiveMetrics)('%s: an objective on it has the unit its figure is shown in', (id) => {
    const { kind, objective } = METRIC_CATALOGUE[id];
    expect(UNITS_OF_KIND[kind]).toContain(objective!.unit);
  });

  it('gives a business-case formula only to metrics an objective can be on, multiplied by figures step 1 shows', () => {
    for (const id of METRIC_IDS) {
      const business = METRIC_CATALOGUE[id].business;
      if (business === TYPED_BY_PLANNER) continue;
      expect(METRIC_CATALOGUE[id].objective, id).not.toBeNull();
      expect(business.factors.filter((factor) => !shown.includes(factor)), id).toEqual([]);
    }
  });

  it('declares each kind as the diagnosis computes it: whole counts, shares between 0 and 1, positive periods', () => {
    const customers = customerTable(['id', 'status'], [['c1', 'Cliente'], ['X1', 'Lead'], ['X2', 'Prospecto'], ['X4', 'Ex cliente']]);
    const params = { ...DEFAULT_PARAMS, analysisDate: day('2025-12-31'), periodMonths: 12, margin: 0.3 };
    const { figures } = diagnose({ transactions: transactionTable(WORKED_EXAMPLE), customers }, params);
    const present = Object.keys(figures) as MetricId[];
    expect(present.length).toBeGreaterThan(25);
    const wrong = present.filter((id) => {
      const value = figures[id]!;
      switch (METRIC_CATALOGUE[id].kind) {
        case 'count': return !Number.isInteger(value) || value < 0;
        case 'share': return value < 0 || value > 1;
        case 'periods': return !(value > 0);
        default: return !Number.isFinite(value);
      }
    });
    expect(wrong).toEqual([]);
  });
});
