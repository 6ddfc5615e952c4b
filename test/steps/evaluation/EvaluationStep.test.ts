import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import EvaluationStep from '../../../src/steps/evaluation/EvaluationStep.svelte';
import { locale } from '../../../src/i18n/locale.svelte';
import { restoreEvaluation } from '../../../src/domain/evaluation/restore-evaluation';
import { openPart, renderStep, workedExampleView } from '../step-setup';

let close: (() => Promise<void>) | undefined;
beforeEach(() => {
  // Today is 1 July 2026.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 6, 1, 12));
  locale.language = 'es';
});
afterEach(async () => {
  await close?.();
  close = undefined;
  vi.useRealTimers();
});

async function open(options: Parameters<typeof renderStep>[1] = {}) {
  const step = await renderStep(EvaluationStep, options);
  close = step.close;
  await screen.findByRole('heading', { name: 'Indicadores (KPI)' });
  return step;
}

const card = () => screen.getAllByRole('article')[0];
const inCard = (label: string | RegExp) => within(card()).getByLabelText(label);
/** The light as read: its status and the words beside it. */
const status = () => {
  const light = card().querySelector('[data-status]');
  return `${light?.getAttribute('data-status')}: ${light?.querySelector('.text')?.textContent}`;
};

async function recordMeasurement(date: string, value: string) {
  await fireEvent.input(inCard('Fecha'), { target: { value: date } });
  await fireEvent.input(inCard(/^Valor( \(%\))?$/), { target: { value } });
  await fireEvent.click(within(card()).getByRole('button', { name: 'Registrar la medición' }));
}

describe('EvaluationStep, the KPI editor', () => {
  it('shows no data until measured, then the light follows progress against the time elapsed', async () => {
    const step = await open();
    await fireEvent.click(screen.getByRole('button', { name: '+ Añadir un indicador propio' }));
    await fireEvent.input(inCard('Nombre del indicador'), { target: { value: 'Socios del club' } });
    await fireEvent.input(inCard('Valor de partida'), { target: { value: '100' } });
    await fireEvent.input(inCard('Meta'), { target: { value: '300' } });
    await fireEvent.change(inCard('Desde'), { target: { value: '2026-01-01' } });
    await fireEvent.change(inCard('Plazo'), { target: { value: '2026-12-31' } });
    expect(within(card()).getByRole('heading', { name: 'Socios del club' })).toBeInTheDocument();
    expect(status()).toBe('no-data: Sin datos');
    expect(within(card()).getByText('Registra una medición para saber cómo va.')).toBeInTheDocument();
    await openPart(6, 'measurements');

    // 31 March: 89 of 364 days (0.24) elapsed, 25 % of the way done: on track.
    await recordMeasurement('2026-03-31', '150');
    expect(status()).toBe('on-track: En camino');
    // 30 June: 180 of 364 days (0.49) elapsed, 30 % done, 0.19 behind: at risk.
    await recordMeasurement('2026-06-30', '160');
    expect(status()).toBe('at-risk: En riesgo');
    expect(within(card()).getByText('Ha recorrido el 30 % del camino hasta la meta; a esa fecha se esperaba el 49 %.')).toBeInTheDocument();
    // A third measurement beyond the target.
    await recordMeasurement('2026-06-30', '310');
    expect(status()).toBe('achieved: Conseguido');

    const [kpi] = restoreEvaluation((await step.stored()).sections.evaluation).kpis;
    expect(kpi).toMatchObject({ name: 'Socios del club', baseline: 100, target: 300, startDate: '2026-01-01', deadline: '2026-12-31' });
    expect(kpi.measurements.map((m) => [m.date, m.value])).toEqual([['2026-03-31', 150], ['2026-06-30', 160], ['2026-06-30', 310]]);
  });

  it('says beside the field what is wrong with a measurement and records nothing', async () => {
    const step = await open();
    await fireEvent.click(screen.getByRole('button', { name: '+ Añadir un indicador propio' }));
    await openPart(6, 'measurements');
    await recordMeasurement('2026-06-30', '');
    expect(inCard('Valor')).toHaveAccessibleDescription('Indica un valor numérico.');
    await recordMeasurement('', '12');
    expect(inCard('Fecha')).toHaveAccessibleDescription('Indica una fecha válida.');
    expect(restoreEvaluation((await step.stored()).sections.evaluation).kpis[0].measurements).toEqual([]);
  });

  it('reads a percentage KPI in percent and stores the share', async () => {
    const step = await open();
    await fireEvent.change(screen.getByLabelText('Ratio de control'), { target: { value: 'email-open-rate' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Añadir el ratio' }));
    expect(within(card()).getByRole('heading', { name: 'Correo: tasa de apertura' })).toBeInTheDocument();
    await openPart(6, 'measurements');
    await recordMeasurement('2026-06-30', '22,5');
    expect(within(card()).getByRole('table')).toHaveTextContent('22,5 %');
    expect(restoreEvaluation((await step.stored()).sections.evaluation).kpis[0].measurements[0].value).toBeCloseTo(0.225, 12);
  });

  it('works a ratio out from its counts when no value is typed, and names a missing count', async () => {
    const step = await open();
    await fireEvent.change(screen.getByLabelText('Ratio de control'), { target: { value: 'campaign-response-rate' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Añadir el ratio' }));
    await openPart(6, 'measurements');
    await fireEvent.input(inCard('Respuestas'), { target: { value: '30' } });
    await fireEvent.click(within(card()).getByRole('button', { name: 'Registrar la medición' }));
    expect(within(card()).getByRole('alert')).toHaveTextContent('Falta: Personas contactadas.');
    await fireEvent.input(inCard('Personas contactadas'), { target: { value: '1.200' } });
    await fireEvent.click(within(card()).getByRole('button', { name: 'Registrar la medición' }));
    expect(restoreEvaluation((await step.stored()).sections.evaluation).kpis[0].measurements[0].value).toBeCloseTo(30 / 1200, 12);
  });

  it('creates KPIs from the specific objectives, carrying baseline, target, deadline and owner over', async () => {
    const objective = {
      id: 'o1', metric: 'churn_rate', unit: '%', baseline: 0.25, baselineDate: '2025-12-31', target: 0.2, direction: 'lower',
      deadline: '2026-12-31', owner: 'Marta', description: 'Reducir la deserción de los clientes habituales', linkedToGeneral: true,
    };
    const step = await open({ sections: { objectives: { specific: [objective] } } });
    expect(screen.getByText('Hay un objetivo específico sin indicador.')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Crear desde los objetivos' }));
    expect(screen.getByText('Cada objetivo específico tiene ya su indicador.')).toBeInTheDocument();
    expect(within(card()).getByText('Sigue el objetivo «Reducir la deserción de los clientes habituales».')).toBeInTheDocument();
    const [kpi] = restoreEvaluation((await step.stored()).sections.evaluation).kpis;
    expect(kpi).toMatchObject({
      objectiveId: 'o1', metric: 'churn_rate', unit: '%', baseline: 0.25, target: 0.2, direction: 'lower',
      startDate: '2025-12-31', deadline: '2026-12-31', owner: 'Marta',
    });
  });

  it('offers a newer diagnosis figure as a measurement of the KPI that follows it', async () => {
    const kpi = {
      id: 'k1', metric: 'churn_rate', name: '', unit: '%', baseline: 0.3, target: 0.2, direction: 'lower',
      startDate: '2025-06-30', deadline: '2026-12-31', owner: '', measurements: [],
    };
    // The worked example's diagnosis is as of 31 December 2025, with churn 0.25.
    const step = await open({ view: workedExampleView(), sections: { evaluation: { kpis: [kpi] } } });
    await openPart(6, 'measurements');
    const offer = screen.getByRole('region', { name: 'Cifras nuevas del diagnóstico' });
    expect(within(offer).getByRole('row', { name: /Tasa de deserción/ })).toHaveTextContent('30 %25 %');
    await fireEvent.click(within(offer).getByRole('button', { name: 'Registrarlas como mediciones' }));
    expect(screen.queryByRole('region', { name: 'Cifras nuevas del diagnóstico' })).toBeNull();
    const [stored] = restoreEvaluation((await step.stored()).sections.evaluation).kpis;
    expect(stored.measurements).toEqual([{ date: '2025-12-31', value: 0.25, note: 'Diagnóstico' }]);
  });
});

describe('EvaluationStep, the ROI calculator', () => {
  it('works out each action\'s return from revenue, margin and its budget, and says what is wrong', async () => {
    await open({
      sections: {
        implementation: { actions: [{ id: 'a1', strategyId: '', name: 'Tarjeta', owner: '', start: '2026-03-01', end: '2026-03-31', budget: 1500, status: 'done' }] },
      },
    });
    await openPart(6, 'returns');
    const roi = () => screen.getByRole('group', { name: '1. Tarjeta' });
    await fireEvent.input(within(roi()).getByLabelText('Ingresos atribuibles (EUR)'), { target: { value: '5000' } });
    expect(within(roi()).getByText('Falta un número.')).toBeInTheDocument();
    await fireEvent.input(within(roi()).getByLabelText('Margen (%)'), { target: { value: '40' } });
    // (5 000 × 0.40 − 1 500) / 1 500 = 1/3.
    expect(Number(roi().querySelector('[data-roi-value]')?.getAttribute('data-roi-value'))).toBeCloseTo(1 / 3, 12);
    await fireEvent.input(within(roi()).getByLabelText('Margen (%)'), { target: { value: '140' } });
    expect(within(roi()).getByText('El margen tiene que estar entre el 0 % y el 100 %.')).toBeInTheDocument();
  });
});
