import { describe, it, expect } from 'vitest';
import {
  suggestStrategies, strategyFromSuggestion, shareOfWalletOfA, HIGH_CHURN_PER_YEAR, type SuggestionInput, type SuggestionRule,
} from '../../../src/domain/strategies/suggestions';

const rulesOf = (input: SuggestionInput) => suggestStrategies(input).map((s) => s.rule);
const find = (input: SuggestionInput, rule: SuggestionRule) => suggestStrategies(input).find((s) => s.rule === rule);

describe('HIGH_CHURN_PER_YEAR', () => {
  it('is the seed\'s average loss, 50 % of customers in 5 years, per year', () => {
    expect((1 - HIGH_CHURN_PER_YEAR) ** 5).toBeCloseTo(0.5, 12);
  });
});

describe('suggestStrategies, one rule at a time', () => {
  it.each([
    ['churn 25 % a year', { figures: { churn_rate: 0.25 } }, 'high-churn', true],
    ['churn 10 % a year', { figures: { churn_rate: 0.1 } }, 'high-churn', false],
    ['churn 10 % a half-year (19 % a year)', { figures: { churn_rate: 0.1 }, periodMonths: 6 }, 'high-churn', true],
    ['churn 5 % a half-year (9.75 % a year)', { figures: { churn_rate: 0.05 }, periodMonths: 6 }, 'high-churn', false],
    ['no churn figure', { figures: {} }, 'high-churn', false],
    ['600 inactive against 400 active', { figures: { pyramid_active: 400, pyramid_inactive: 600 } }, 'many-inactive', true],
    ['400 inactive against 400 active', { figures: { pyramid_active: 400, pyramid_inactive: 400 } }, 'many-inactive', true],
    ['300 inactive against 400 active', { figures: { pyramid_active: 400, pyramid_inactive: 300 } }, 'many-inactive', false],
    ['inactive without active figure', { figures: { pyramid_inactive: 300 } }, 'many-inactive', false],
    ['A customers with 30 % share of wallet', { figures: { abc_a: 50 }, shareOfWalletA: 0.3 }, 'low-wallet-share-a', true],
    ['A customers with 60 % share of wallet', { figures: { abc_a: 50 }, shareOfWalletA: 0.6 }, 'low-wallet-share-a', false],
    ['share of wallet of A unknown', { figures: { abc_a: 50, share_of_wallet: 0.1 } }, 'low-wallet-share-a', false],
    ['no A customers', { figures: { abc_a: 0 }, shareOfWalletA: 0.3 }, 'low-wallet-share-a', false],
    ['500 potentials against 200 active', { figures: { pyramid_active: 200, pyramid_potential: 500 } }, 'thin-active-base', true],
    ['500 potentials and no active customer', { figures: { pyramid_active: 0, pyramid_potential: 500 } }, 'thin-active-base', true],
    ['100 potentials against 200 active', { figures: { pyramid_active: 200, pyramid_potential: 100 } }, 'thin-active-base', false],
    ['no potentials and no active customers', { figures: { pyramid_active: 0, pyramid_potential: 0 } }, 'thin-active-base', false],
    ['15 opositores of 100 classified', { figures: { type_prescriptor: 30, type_cautivo: 25, type_mercenario: 30, type_opositor: 15 } }, 'opositores', true],
    ['5 opositores of 100 classified', { figures: { type_prescriptor: 30, type_cautivo: 35, type_mercenario: 30, type_opositor: 5 } }, 'opositores', false],
    ['opositores without the other types', { figures: { type_opositor: 15 } }, 'opositores', false],
    ['30 prescriptores of 100 classified', { figures: { type_prescriptor: 30, type_cautivo: 35, type_mercenario: 30, type_opositor: 5 } }, 'prescriptores', true],
    ['10 prescriptores of 100 classified', { figures: { type_prescriptor: 10, type_cautivo: 55, type_mercenario: 30, type_opositor: 5 } }, 'prescriptores', false],
    ['phone planned, 30 % have a phone', { figures: { customers_total: 1000, data_level_2: 300 }, channels: ['phone' as const] }, 'enrich-data', true],
    ['phone planned, 70 % have a phone', { figures: { customers_total: 1000, data_level_2: 700 }, channels: ['phone' as const] }, 'enrich-data', false],
    ['only email and social planned', { figures: { customers_total: 1000, data_level_1: 10, data_level_2: 0 }, channels: ['email' as const, 'social' as const] }, 'enrich-data', false],
    ['mail planned, level 1 unknown', { figures: { customers_total: 1000 }, channels: ['mail' as const] }, 'enrich-data', false],
  ])('%s', (_, input, rule, expected) => {
    expect(rulesOf(input).includes(rule as SuggestionRule)).toBe(expected);
  });
});

describe('what each suggestion carries', () => {
  it('high churn: the churn and the threshold for the period, a retention draft for the RFM segments at risk', () => {
    const s = find({ figures: { churn_rate: 0.25, rfm_at_risk: 40, rfm_cant_lose: 0, rfm_about_to_sleep: 12 } }, 'high-churn');
    expect(s?.trigger).toEqual({ metric: 'churn_rate', value: 0.25, relation: 'atLeast', threshold: HIGH_CHURN_PER_YEAR });
    expect(s?.draft).toEqual({
      family: 'retention',
      segments: [{ kind: 'rfm', key: 'at-risk' }, { kind: 'rfm', key: 'about-to-sleep' }],
      channels: ['email', 'phone'],
    });
  });

  it('high churn without RFM figures targets the active customers', () => {
    expect(find({ figures: { churn_rate: 0.3 } }, 'high-churn')?.draft?.segments).toEqual([{ kind: 'pyramid', key: 'active' }]);
  });

  it('high churn over a quarter compares with the quarterly equivalent of the yearly threshold', () => {
    const s = find({ figures: { churn_rate: 0.05 }, periodMonths: 3 }, 'high-churn');
    expect(s?.trigger.threshold).toBeCloseTo(1 - 0.5 ** (1 / 20), 12);
  });

  it('many inactive: recovery of the inactive with the three most frequent churn reasons', () => {
    const s = find({
      figures: { pyramid_active: 100, pyramid_inactive: 150 },
      churnReasons: [
        { text: 'Precio', count: 4 }, { text: 'Mudanza', count: 1 }, { text: 'Mala atención', count: 9 },
        { text: 'Otra marca', count: 4 }, { text: 'Sin motivo', count: 0 },
      ],
    }, 'many-inactive');
    expect(s?.trigger).toEqual({
      metric: 'pyramid_inactive', value: 150, relation: 'atLeast', threshold: 0.5,
      per: { metrics: ['pyramid_active', 'pyramid_inactive'], value: 250 },
    });
    expect(s?.draft).toMatchObject({ family: 'recovery', segments: [{ kind: 'pyramid', key: 'inactive' }] });
    expect(s?.churnReasons).toEqual([{ text: 'Mala atención', count: 9 }, { text: 'Otra marca', count: 4 }, { text: 'Precio', count: 4 }]);
  });

  it('low share of wallet among A: extension of the A class, the figure tagged with its segment', () => {
    const s = find({ figures: { abc_a: 50 }, shareOfWalletA: 0.3 }, 'low-wallet-share-a');
    expect(s?.trigger).toEqual({ metric: 'share_of_wallet', value: 0.3, relation: 'lessThan', threshold: 0.5, segment: { kind: 'abc', key: 'A' } });
    expect(s?.draft).toMatchObject({ family: 'extension', segments: [{ kind: 'abc', key: 'A' }] });
  });

  it('thin active base: acquisition among the potentials', () => {
    const s = find({ figures: { pyramid_active: 200, pyramid_potential: 500 } }, 'thin-active-base');
    expect(s?.trigger).toMatchObject({ metric: 'pyramid_potential', value: 500, per: { metrics: ['pyramid_active'], value: 200 } });
    expect(s?.draft).toMatchObject({ family: 'acquisition', segments: [{ kind: 'pyramid', key: 'potential' }] });
  });

  it('opositores: service recovery for them; prescriptores: a referral programme (acquisition) through them', () => {
    const figures = { type_prescriptor: 30, type_cautivo: 25, type_mercenario: 30, type_opositor: 15 };
    expect(find({ figures }, 'opositores')).toMatchObject({
      trigger: { metric: 'type_opositor', value: 15, threshold: 0.1, per: { value: 100 } },
      draft: { family: 'recovery', segments: [{ kind: 'type', key: 'opositor' }] },
    });
    expect(find({ figures }, 'prescriptores')).toMatchObject({
      trigger: { metric: 'type_prescriptor', value: 30, threshold: 0.2, per: { value: 100 } },
      draft: { family: 'acquisition', segments: [{ kind: 'type', key: 'prescriptor' }] },
    });
  });

  it('enrichment comes first, one per data level short, naming the channels that need it', () => {
    const list = suggestStrategies({
      figures: { customers_total: 1000, data_level_1: 400, data_level_2: 100, churn_rate: 0.3 },
      channels: ['sms', 'mail', 'email', 'phone', 'sms'],
    });
    expect(list.map((s) => s.key)).toEqual(['enrich-data-1', 'enrich-data-2', 'high-churn']);
    expect(list[0]).toMatchObject({
      draft: null,
      enrichment: { level: 1, channels: ['mail'] },
      trigger: { metric: 'data_level_1', value: 400, relation: 'lessThan', threshold: 0.5, per: { metrics: ['customers_total'], value: 1000 } },
    });
    expect(list[1].enrichment).toEqual({ level: 2, channels: ['sms', 'phone'] });
  });

  it('gives nothing on an empty diagnosis', () => {
    expect(suggestStrategies({ figures: {} })).toEqual([]);
  });

  it('keeps its output plain data', () => {
    const list = suggestStrategies({ figures: { churn_rate: 0.3, pyramid_active: 1, pyramid_potential: 5 } });
    expect(JSON.parse(JSON.stringify(list))).toEqual(list);
  });
});

describe('strategyFromSuggestion', () => {
  const texts = { name: 'Plan VIP', offer: 'Envío gratis', responseProtocol: '', learningGoal: '', notes: '' };

  it('turns an accepted draft into a strategy with the texts given, remembering where it came from', () => {
    const s = find({ figures: { churn_rate: 0.3 } }, 'high-churn');
    expect(s && strategyFromSuggestion(s, 's1', texts)).toEqual({
      id: 's1', family: 'retention', segments: [{ kind: 'pyramid', key: 'active' }], channels: ['email', 'phone'],
      objectiveIds: [], messages: [], ...texts, fromSuggestion: 'high-churn',
    });
  });

  it('has no strategy for an enrichment suggestion', () => {
    const s = find({ figures: { customers_total: 10, data_level_2: 1 }, channels: ['phone'] }, 'enrich-data');
    expect(s && strategyFromSuggestion(s, 's1', texts)).toBeNull();
  });
});

describe('shareOfWalletOfA', () => {
  it('averages the known shares of A customers only', () => {
    expect(shareOfWalletOfA([
      { abc: 'A', shareOfWallet: 0.2 }, { abc: 'A', shareOfWallet: 0.5 }, { abc: 'A', shareOfWallet: null },
      { abc: 'B', shareOfWallet: 0.9 }, { abc: null, shareOfWallet: 1 },
    ])).toBeCloseTo(0.35, 12);
  });

  it('is undefined when no A customer has a share', () => {
    expect(shareOfWalletOfA([{ abc: 'A', shareOfWallet: null }, { abc: 'B', shareOfWallet: 0.4 }])).toBeUndefined();
    expect(shareOfWalletOfA([])).toBeUndefined();
  });
});
