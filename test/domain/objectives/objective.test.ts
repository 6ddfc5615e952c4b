import { describe, it, expect } from 'vitest';
import {
  composeGeneralSentence, createObjective, withGeneralParts,
  type GeneralObjective,
} from '../../../src/domain/objectives/objective';
import { METRIC_IDS, type Figures } from '../../../src/domain/metric-ids';
import { METRIC_CATALOGUE } from '../../../src/domain/metrics/metric-catalogue';

describe('composeGeneralSentence', () => {
  it.each([
    ['es', 'aumentar la fidelidad de los clientes', 'las tiendas de Madrid', 'crecer en ventas un 10 %',
      'Aumentar la fidelidad de los clientes en las tiendas de Madrid para crecer en ventas un 10 %.'],
    ['es', 'Reducir la deserción', 'en la web', 'para mejorar la rentabilidad.',
      'Reducir la deserción en la web para mejorar la rentabilidad.'],
    ['es', 'Captar clientes', 'entre los jóvenes', 'a fin de rejuvenecer la cartera',
      'Captar clientes entre los jóvenes a fin de rejuvenecer la cartera.'],
    ['es', 'Fidelizar', '', 'vender más', 'Fidelizar para vender más.'],
    ['es', '  ', '  ', '  ', ''],
    ['en', 'increase customer loyalty', 'our Madrid shops', 'grow sales',
      'Increase customer loyalty in our Madrid shops in order to grow sales.'],
    ['en', 'Win back lapsed customers', 'across Spain', 'to recover revenue',
      'Win back lapsed customers across Spain to recover revenue.'],
    ['en', 'Cut churn', 'the web shop', '', 'Cut churn in the web shop.'],
    ['en', 'Grow   share  of wallet', '', '', 'Grow share of wallet.'],
  ] as const)('%s: %s / %s / %s', (language, what, where, whatFor, expected) => {
    expect(composeGeneralSentence({ what, where, whatFor }, language)).toBe(expected);
  });

  it.each([
    ['es', 'En Madrid', 'Para crecer', 'Fidelizar en Madrid para crecer.'],
    ['es', 'A Coruña', 'A fin de crecer', 'Fidelizar en A Coruña a fin de crecer.'],
    ['es', 'a nivel nacional', '', 'Fidelizar a nivel nacional.'],
    ['es', 'Madrid', '', 'Fidelizar en Madrid.'],
    ['en', 'In London', 'To grow', 'Fidelizar in London to grow.'],
  ] as const)('%s: a part that opens with its own preposition keeps it, lower-cased: %s / %s', (language, where, whatFor, expected) => {
    expect(composeGeneralSentence({ what: 'Fidelizar', where, whatFor }, language)).toBe(expected);
  });

  it('does not take a word that merely starts like a preposition for one', () => {
    expect(composeGeneralSentence({ what: 'Vender', where: 'España', whatFor: 'paralelamente crecer' }, 'es'))
      .toBe('Vender en España para paralelamente crecer.');
  });
});

describe('withGeneralParts', () => {
  const empty: GeneralObjective = { what: '', where: '', whatFor: '', sentence: '', sentenceEdited: false };

  it('recomposes the sentence while the user has not edited it', () => {
    const next = withGeneralParts({ ...empty, what: 'Fidelizar' }, { where: 'Sevilla' }, 'es');
    expect(next).toEqual({ ...empty, what: 'Fidelizar', where: 'Sevilla', sentence: 'Fidelizar en Sevilla.' });
  });

  it('keeps an edited sentence as the user wrote it', () => {
    const edited = { ...empty, what: 'Fidelizar', sentence: 'Mi frase.', sentenceEdited: true };
    expect(withGeneralParts(edited, { whatFor: 'crecer' }, 'es').sentence).toBe('Mi frase.');
  });
});

describe('createObjective', () => {
  const figures: Figures = { churn_rate: 0.25, active_customers: 400 };

  it('freezes the baseline from the diagnosis with its date and the usual unit and direction', () => {
    const objective = createObjective({ id: 'o1', metric: 'churn_rate', figures, asOf: '2025-12-31' });
    expect(objective).toMatchObject({
      id: 'o1', metric: 'churn_rate', unit: '%', direction: 'lower', baseline: 0.25, baselineDate: '2025-12-31',
      target: null, deadline: '', linkedToGeneral: false,
    });
  });

  it('does not follow later changes of the figures (the baseline is a copy)', () => {
    const live: Figures = { ...figures };
    const objective = createObjective({ id: 'o1', metric: 'active_customers', figures: live, asOf: '2025-12-31' });
    live.active_customers = 999;
    expect(objective.baseline).toBe(400);
    expect(objective.direction).toBe('raise');
    expect(objective.unit).toBe('customers');
  });

  it('leaves the baseline empty when the diagnosis lacks the figure', () => {
    expect(createObjective({ id: 'o1', metric: 'share_of_wallet', figures, asOf: '2025-12-31' }).baseline).toBeNull();
  });

  it('gives a custom metric no unit and no baseline, and keeps its name and segment', () => {
    const objective = createObjective({
      id: 'o2', metric: 'custom', customName: 'Hot leads', figures, asOf: '2025-12-31',
      segment: { kind: 'pyramid', key: 'potential' },
    });
    expect(objective).toMatchObject({ unit: null, baseline: null, customName: 'Hot leads', segment: { kind: 'pyramid', key: 'potential' } });
  });

  it('survives a JSON round trip unchanged (plain data)', () => {
    const objective = createObjective({ id: 'o1', metric: 'churn_rate', figures, asOf: '2025-12-31' });
    expect(JSON.parse(JSON.stringify(objective))).toEqual(objective);
  });
});

describe('objective defaults in the metric catalogue', () => {
  const SHARE_METRICS = METRIC_IDS.filter((id) => METRIC_CATALOGUE[id].kind === 'share');

  it.each(SHARE_METRICS)('%s is a share', (metric) => {
    expect(METRIC_CATALOGUE[metric].objective?.unit).toBe('%');
  });

  it.each([
    ['churn_rate', 'lower'], ['retention_rate', 'raise'], ['type_opositor', 'lower'], ['pyramid_inactive', 'lower'],
    ['rfm_at_risk', 'lower'], ['clv_simple', 'raise'], ['data_level_3', 'raise'], ['duplicates', 'lower'],
  ] as const)('%s is to %s', (metric, direction) => {
    expect(METRIC_CATALOGUE[metric].objective?.direction).toBe(direction);
  });
});
