import { describe, expect, it } from 'vitest';
import { customersCsv, selectionName } from '../../src/charts/customer-list';
import { FAMILY_COLOURS } from '../../src/charts/family-colours';
import { GANTT_COLOURS, ganttChart } from '../../src/charts/gantt-option';
import type { Action, ActionStatus } from '../../src/domain/implementation/action';
import { ACTION_STATUSES } from '../../src/domain/implementation/action';
import { actionsToCsv } from '../../src/domain/implementation/actions-csv';
import { RFM_SEGMENTS } from '../../src/domain/metrics/rfm';
import { STRATEGY_FAMILIES, type StrategyFamily } from '../../src/domain/strategies/strategy';
import { VALUE_QUADRANTS } from '../../src/domain/strategies/value-quadrants';
import { messages } from '../../src/i18n/messages';
import { conceptNames } from '../../src/i18n/messages/concept-names';
import { customer } from '../charts/fixtures';

type Language = 'es' | 'en';
const LANGUAGES: Language[] = ['es', 'en'];
const text = (language: Language, key: string) => {
  const message = (messages[language] as Record<string, unknown>)[key];
  if (typeof message !== 'string') throw new Error(`no plain text for ${key}`);
  return message;
};
/** The text between « » (or “ ”) of a title such as «Segmento «Campeones»». */
const quoted = (title: string) => /[«“]([^«»“”]+)[»”]$/.exec(title)?.[1] ?? title;
/** The cell of the segment column in the list's CSV export. */
function csvSegment(language: Language, segment: (typeof RFM_SEGMENTS)[number]): string {
  const csv = customersCsv([customer('C1', { segment })], { language, currency: 'EUR' }, ['id', 'segment']);
  return csv.replace('\uFEFF', '').split('\r\n')[1].split(language === 'es' ? ';' : ',')[1];
}
function ganttLegend(language: Language, family: StrategyFamily): string {
  const action: Action = { id: 'a', strategyId: 's', name: 'A', owner: '', start: '2026-03-01', end: '2026-03-02', budget: 0, status: 'planned' };
  const outcome = ganttChart([action], [{ id: 's', name: 'S', family }], 0, { language, currency: 'EUR' });
  if (!outcome.ok) throw new Error('expected a chart');
  return (outcome.chart.option as { legend: { data: string[] } }).legend.data[0];
}
function exportedStatus(language: Language, status: ActionStatus): string {
  const action: Action = { id: 'a', strategyId: '', name: 'A', owner: '', start: '2026-03-01', end: '2026-03-02', budget: 0, status };
  const csv = actionsToCsv([action], [], { statusLabel: (s) => text(language, `implementation.status.${s}`) });
  return csv.split('\r\n')[1].split(',')[8];
}

describe('one name per concept, from the glossary, in every place', () => {
  describe.each(LANGUAGES)('%s', (language) => {
    const names = conceptNames[language] as Record<string, string>;

    it.each(RFM_SEGMENTS)('RFM segment %s', (segment) => {
      const name = names[`name.rfm.${segment}`];
      const places = {
        'chart (RFM matrix)': text(language, `rfm.segment.${segment}`),
        'strategy segments': text(language, `strategies.segment.rfm.${segment}`),
        'customer list title': quoted(selectionName({ kind: 'rfm', segment }, { language, currency: 'EUR' })),
        'customer list CSV': csvSegment(language, segment),
      };
      expect(places).toEqual(Object.fromEntries(Object.keys(places).map((k) => [k, name])));
      const metric = `objectives.metric.rfm_${segment.replaceAll('-', '_')}`;
      if (metric in messages[language]) expect(text(language, metric)).toBe(`${name} (RFM)`);
    });

    it.each(VALUE_QUADRANTS)('value-matrix quadrant %s', (quadrant) => {
      const name = names[`name.quadrant.${quadrant}`];
      expect({
        'chart (value matrix)': text(language, `value.quadrant.${quadrant}`),
        'strategy segments': text(language, `strategies.segment.value.${quadrant}`),
        'customer list title': quoted(selectionName({ kind: 'value', quadrant, cuts: { real: 0, strategic: 0 } }, { language, currency: 'EUR' })),
      }).toEqual({ 'chart (value matrix)': name, 'strategy segments': name, 'customer list title': name });
    });

    it.each(STRATEGY_FAMILIES)('strategy family %s, in full and in one colour', (family) => {
      const name = names[`name.family.${family}`];
      expect({
        strategies: text(language, `strategies.family.${family}`),
        implementation: text(language, `implementation.family.${family}`),
        'Gantt legend': ganttLegend(language, family),
      }).toEqual({ strategies: name, implementation: name, 'Gantt legend': name });
      expect(GANTT_COLOURS[family]).toBe(FAMILY_COLOURS[family]);
    });

    it.each(ACTION_STATUSES)('action status %s', (status) => {
      const name = names[`name.status.${status}`];
      expect({ screen: text(language, `implementation.status.${status}`), 'actions CSV': exportedStatus(language, status) })
        .toEqual({ screen: name, 'actions CSV': name });
    });

    it('the two lifetime values', () => {
      const clv = names['name.clv'];
      const discounted = names['name.clvDiscounted'];
      expect({
        figure: text(language, 'metric.clv_simple'),
        objective: text(language, 'objectives.metric.clv_simple'),
        glossary: text(language, 'glossary.clv.term'),
        'predictive list CSV': text(language, 'predictive.column.simple'),
      }).toEqual({ figure: clv, objective: `${clv} (CLV)`, glossary: `${clv} (CLV)`, 'predictive list CSV': clv });
      expect({
        figure: text(language, 'metric.clv_discounted'),
        objective: text(language, 'objectives.metric.clv_discounted'),
      }).toEqual({ figure: discounted, objective: discounted });
      expect(text(language, 'predictive.compare.discounted')).toContain(discounted);
    });
  });

  it('names no Spanish concept with the literal translations it replaced', () => {
    const all = Object.values(messages.es).filter((m): m is string => typeof m === 'string').join('\n');
    for (const old of ['A punto de dormirse', 'No podemos perderlos', 'Hibernando', 'Leales en potencia', 'Potencialmente leales', 'Hacer crecer']) {
      expect(all.includes(old) ? old : '').toBe('');
    }
  });
});
