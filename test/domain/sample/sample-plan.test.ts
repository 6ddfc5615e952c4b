import { describe, expect, it } from 'vitest';
import { epochDay } from '../../../src/domain/dates';
import { SAMPLE_MARKET_SIZE, samplePlanContent } from '../../../src/domain/sample/sample-plan';

const TODAY = epochDay(2026, 3, 10);
const base = {
  language: 'es' as const,
  figures: { churn_rate: 0.2, share_of_wallet: 0.3, active_customers: 1000, type_opositor: 250 },
  analysisDate: TODAY - 1,
  today: TODAY,
};

describe('samplePlanContent', () => {
  it('sets each objective’s target from its frozen baseline, and the deadlines from today', () => {
    const { specific, horizonEnd } = samplePlanContent(base).sections.objectives;
    const byMetric = Object.fromEntries(specific.map((o) => [o.metric, o]));
    expect(byMetric.churn_rate).toMatchObject({ baseline: 0.2, target: 0.16, direction: 'lower', deadline: '2027-03-10', baselineDate: '2026-03-09' });
    expect(byMetric.share_of_wallet).toMatchObject({ baseline: 0.3, target: 0.35, direction: 'raise', deadline: '2026-12-10' });
    expect(byMetric.active_customers).toMatchObject({ baseline: 1000, target: 1080 });
    expect(byMetric.type_opositor).toMatchObject({ baseline: 250, target: 200, direction: 'lower', deadline: '2026-09-10' });
    expect(horizonEnd).toBe('2027-03-10');
  });

  it('aims the share-of-wallet objective at class A customers with their own baseline', () => {
    const wallet = samplePlanContent({ ...base, shareOfWalletA: 0.42 }).sections.objectives.specific.find((o) => o.metric === 'share_of_wallet');
    expect(wallet).toMatchObject({ baseline: 0.42, target: 0.47, segment: { kind: 'abc', key: 'A' } });
  });

  it('leaves baseline and target empty where the diagnosis lacks the figure', () => {
    const churn = samplePlanContent({ ...base, figures: {} }).sections.objectives.specific.find((o) => o.metric === 'churn_rate');
    expect(churn).toMatchObject({ baseline: null, target: null });
  });

  it('types the market size for the pyramid and plans the roscón pre-sale for the coming Christmas', () => {
    const content = samplePlanContent(base);
    expect(content.sections.analysis.params.marketSize).toBe(SAMPLE_MARKET_SIZE);
    expect(content.sections.implementation.actions.find((a) => a.id === 'action-roscon')).toMatchObject({ start: '2026-11-15', end: '2027-01-06' });
    const roscon = (today: number) => samplePlanContent({ ...base, today }).sections.implementation.actions.find((a) => a.id === 'action-roscon');
    expect(roscon(epochDay(2026, 12, 1))).toMatchObject({ start: '2026-12-08', end: '2027-01-06' });
    expect(roscon(epochDay(2026, 12, 10))).toMatchObject({ start: '2027-11-15', end: '2028-01-06' });
  });
});
