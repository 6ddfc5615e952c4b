import type { PredictiveWords } from '../charts/predictive-words';
import type { MetricId } from '../domain/metric-ids';
import type { Diagnosis } from '../domain/metrics/diagnosis';
import { clvErrorText } from '../charts/clv-error-text';
import type { PredictiveAnswer } from '../workers/clv-requests';
import type { ReportBlock, ReportCell, ReportColumn } from './report-model';
import { bold, heading } from './report-parts';

function figureRow(label: string, value: number | undefined, metric: MetricId, digits: number, words: PredictiveWords): ReportCell[] {
  return [
    bold(label),
    value === undefined
      ? { text: '—', align: 'right', tone: 'muted' }
      : { text: words.number(value, digits), align: 'right', bold: true, value, metric },
  ];
}

const figureColumns = (words: PredictiveWords): ReportColumn[] => [
  { label: words.t('predictive.report.figure'), weight: 70 },
  { label: words.t('predictive.report.value'), align: 'right', weight: 30 },
];

/**
 * The predictive-CLV models as the diagnosis step shows them: what they were fitted on, their
 * parameters with a reading, the holdout check, the comparison with the simple CLV and the size
 * of the three lists. A model that could not be fitted is said, with why.
 */
export function predictiveBlocks(answer: PredictiveAnswer, diagnosis: Diagnosis, words: PredictiveWords): ReportBlock[] {
  const title = heading('dx-predictive', words.t('predictive.report.title'));
  if (!answer.ok) {
    return [title, { kind: 'paragraph', text: `${words.t(`predictive.failed.${answer.stage}`)}: ${clvErrorText(words, answer.error)}` }];
  }
  const result = answer.value;
  const { request, figures, bgnbd, gammaGamma, validation, predictions } = result;
  const unit = request.unit;
  const horizon = words.duration(request.horizon, unit);
  const { r, alpha, a, b } = bgnbd.params;
  const blocks: ReportBlock[] = [
    title,
    {
      kind: 'paragraph',
      text: words.t('predictive.fit.basis', {
        end: words.day(request.calibrationEnd),
        customers: words.count(result.calibration.customers),
        repeat: words.count(result.calibration.repeatBuyers),
        unit: words.unitName(unit),
      }),
    },
    {
      kind: 'table',
      id: 'predictive-params',
      columns: [{ label: words.t('predictive.fit.title'), weight: 70 }, { label: words.t('predictive.report.value'), align: 'right', weight: 30 }],
      rows: [
        [bold(words.t('predictive.bgnbd')), ''],
        figureRow(words.t('predictive.param.r'), figures.bgnbd_r, 'bgnbd_r', 3, words),
        figureRow(words.t('predictive.param.alpha', { unit: words.unitName(unit) }), figures.bgnbd_alpha, 'bgnbd_alpha', 3, words),
        figureRow(words.t('predictive.param.a'), figures.bgnbd_a, 'bgnbd_a', 3, words),
        figureRow(words.t('predictive.param.b'), figures.bgnbd_b, 'bgnbd_b', 3, words),
        figureRow(words.t('predictive.param.ll'), figures.bgnbd_ll, 'bgnbd_ll', 1, words),
        ...(gammaGamma.ok
          ? [
              [bold(words.t('predictive.gg')), ''],
              figureRow(words.t('predictive.param.p'), figures.gg_p, 'gg_p', 3, words),
              figureRow(words.t('predictive.param.q'), figures.gg_q, 'gg_q', 3, words),
              figureRow(words.t('predictive.param.gamma'), figures.gg_gamma, 'gg_gamma', 3, words),
            ]
          : []),
      ],
    },
    {
      kind: 'list',
      items: [
        words.t('predictive.reading.rate', { rate: words.number(r / alpha, 3), unit: words.unitOne(unit) }),
        words.t('predictive.reading.dropout', { share: words.percent(a / (a + b)) }),
        gammaGamma.ok
          ? words.t('predictive.reading.spend', { spend: words.money((gammaGamma.value.params.p * gammaGamma.value.params.gamma) / (gammaGamma.value.params.q - 1)) })
          : `${words.t('predictive.failed.gamma-gamma')}: ${clvErrorText(words, gammaGamma.error)}`,
      ],
    },
    { kind: 'subheading', text: words.t('predictive.validation.title') },
  ];

  if (!validation) blocks.push({ kind: 'paragraph', text: words.t('predictive.noHoldout'), tone: 'muted' });
  else if (!validation.ok) blocks.push({ kind: 'paragraph', text: `${words.t('predictive.failed.validation')}. ${clvErrorText(words, validation.error)}` });
  else {
    const v = validation.value;
    blocks.push({
      kind: 'paragraph',
      text: [
        words.t('predictive.validation.period', {
          from: words.day(request.calibrationEnd + 1),
          to: words.day(request.analysisDate),
          length: words.duration(v.holdoutLength, unit),
        }),
        v.totalActual > 0 ? words.t('predictive.validation.gap', { gap: words.signedPercent((v.totalExpected - v.totalActual) / v.totalActual) }) : '',
      ].join(' ').trim(),
    });
    blocks.push({
      kind: 'table',
      id: 'predictive-holdout',
      columns: figureColumns(words),
      rows: [
        figureRow(words.t('predictive.validation.expected'), v.totalExpected, 'holdout_expected', 1, words),
        figureRow(words.t('predictive.validation.actual'), v.totalActual, 'holdout_actual', 0, words),
      ],
    });
  }

  blocks.push({ kind: 'subheading', text: words.t('predictive.compare.title') });
  const money = (n: number | null | undefined): ReportCell =>
    n === null || n === undefined ? { text: words.t('predictive.compare.notAvailable'), align: 'right', tone: 'muted' } : { text: words.money(n), align: 'right', bold: true, value: n };
  blocks.push({
    kind: 'table',
    id: 'predictive-compare',
    columns: figureColumns(words),
    rows: [
      [words.t('predictive.compare.predictive', { horizon }), money(predictions.ok ? predictions.value.meanClv : null)],
      [words.t('predictive.compare.simple'), money(diagnosis.figures.clv_simple)],
      [words.t('predictive.compare.discounted'), money(diagnosis.figures.clv_discounted)],
    ],
  });
  blocks.push({ kind: 'paragraph', text: words.t('predictive.compare.horizons', { horizon }) });

  blocks.push({ kind: 'subheading', text: words.t('predictive.customers.title') });
  if (!predictions.ok) blocks.push({ kind: 'paragraph', text: clvErrorText(words, predictions.error) });
  else {
    const p = predictions.value;
    const list = (title: string, why: string, rows: number[]): ReportCell[] => [bold(title), { text: words.count(rows.length), align: 'right', value: rows.length }, why];
    blocks.push({
      kind: 'table',
      id: 'predictive-lists',
      columns: [
        { label: words.t('predictive.customers.title'), weight: 35 },
        { label: words.t('predictive.list.customers'), align: 'right', weight: 15 },
        { label: words.t('predictive.report.criterion'), weight: 50 },
      ],
      rows: [
        list(words.t('predictive.list.lost'), words.t('predictive.list.lost.why'), p.probablyLost),
        list(words.t('predictive.list.atRisk'), words.t('predictive.list.atRisk.why'), p.valuableAtRisk),
        list(words.t('predictive.list.top'), words.t('predictive.list.top.why'), p.topClv),
      ],
    });
  }
  return blocks;
}
