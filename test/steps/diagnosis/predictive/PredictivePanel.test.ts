import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { TransactionTable } from '../../../../src/domain/dataset';
import { isoToEpochDay } from '../../../../src/domain/dates';
import { diagnose } from '../../../../src/domain/metrics/diagnose';
import { DEFAULT_PARAMS } from '../../../../src/domain/metrics/params';
import { PlanEditor } from '../../../../src/state/plan-editor.svelte';
import PredictivePanel from '../../../../src/steps/diagnosis/predictive/PredictivePanel.svelte';
import type { PredictiveSource } from '../../../../src/steps/diagnosis/predictive/predictive-run.svelte';
import { openDb } from '../../../../src/storage/db';
import { PlansRepository } from '../../../../src/storage/plans-repository';
import { answerPredictive } from '../../../../src/workers/clv-requests';
import { CancelledError } from '../../../../src/workers/diagnosis-client';
import { seededRandom, simulateTable } from '../../../domain/clv-models/simulate';
import { transactionTable } from '../../../domain/metrics/tables';
import { WORKED_EXAMPLE } from '../../../domain/metrics/worked-example';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

/** The diagnosis of `table` with the fit answered in this thread, as the worker would answer it. */
function sessionOf(table: TransactionTable, analysisDate: string | null = null): PredictiveSource {
  const diagnosis = diagnose(
    { transactions: table, customers: null },
    { ...DEFAULT_PARAMS, analysisDate: analysisDate === null ? null : isoToEpochDay(analysisDate) },
  );
  return {
    diagnosis,
    dataVersion: 1,
    fitPredictive: async (request, onstep) => answerPredictive(table, request, onstep),
    stopPredictive: () => {},
  };
}

async function open(session: PredictiveSource, sections: Record<string, unknown> = {}) {
  const db = openDb(`test-${crypto.randomUUID()}`);
  const repository = new PlansRepository(db);
  const plan = await repository.create({ name: 'Plan', company: 'Sol', sector: '', currency: 'EUR', language: 'es' });
  await db.plans.update(plan.id, { sections });
  const editor = new PlanEditor(plan.id, repository, 0);
  await vi.waitFor(() => expect(editor.plan).toBeDefined());
  render(PredictivePanel, { editor, session, language: 'es', currency: 'EUR' });
  close = async () => {
    await editor.dispose();
    db.close();
    await db.delete();
  };
  return {
    editor,
    async stored() {
      await editor.flush();
      return (await repository.get(plan.id))!.sections.predictive;
    },
  };
}

const fitButton = () => screen.getByRole('button', { name: 'Ajustar los modelos' });

describe('PredictivePanel', () => {
  it('explains, instead of giving numbers, why too few repeat buyers cannot be fitted', async () => {
    await open(sessionOf(transactionTable(WORKED_EXAMPLE), '2025-12-31'));
    expect(screen.getByRole('heading', { name: 'Avanzado: valor de vida predictivo' })).toBeInTheDocument();
    await fireEvent.click(fitButton());
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'No se puede ajustar BG/NBD' })).toBeInTheDocument();
    expect(alert).toHaveTextContent('Muy pocos clientes han repetido compra hasta el fin de la calibración (hacen falta al menos 20)');
    expect(alert).toHaveAttribute('data-clv-error', 'too-few-repeat-buyers');
    expect(document.querySelector('[data-metric^="bgnbd_"]')).toBeNull();
  });

  it('says it needs sales data when there are no dated purchases', async () => {
    await open({ diagnosis: null, dataVersion: 0, fitPredictive: () => Promise.reject(new Error('not called')), stopPredictive: () => {} });
    expect(screen.getByText('Este apartado necesita datos de ventas con fecha (una fila por compra).')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajustar los modelos' })).toBeNull();
  });

  it('fits simulated customers: parameters under their ids, the holdout totals and the three lists', async () => {
    const table = simulateTable(seededRandom(4), {
      params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, spend: { p: 6.25, q: 3.74, gamma: 15.44 },
      customers: 1500, firstDay: 20_000, acquisitionDays: 84, lastDay: 20_545, unitDays: 7,
    });
    await open(sessionOf(table));
    await fireEvent.click(fitButton());
    await screen.findByRole('heading', { name: 'Los modelos ajustados' });
    const value = (id: string) => Number(document.querySelector(`[data-metric="${id}"]`)?.getAttribute('data-value'));
    expect(value('bgnbd_r')).toBeGreaterThan(0.15);
    expect(value('bgnbd_r')).toBeLessThan(0.35);
    expect(value('gg_p')).toBeGreaterThan(0);
    expect(value('holdout_actual')).toBeGreaterThan(0);
    expect(screen.getByText(/Tiempos en semanas\./)).toBeInTheDocument();
    for (const list of ['lost', 'at-risk', 'top']) {
      const section = document.querySelector(`[data-list="${list}"]`)!;
      expect(Number(section.getAttribute('data-count'))).toBeGreaterThan(0);
      expect(within(section as HTMLElement).getByRole('button', { name: /^Descargar en CSV la lista/ })).toBeEnabled();
    }
    expect(screen.getByRole('heading', { name: 'Comparación con el valor de vida simple' })).toBeInTheDocument();
  });

  it('puts the models in the plan’s PDF once fitted, and takes them out when asked', async () => {
    const table = simulateTable(seededRandom(4), {
      params: { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 }, spend: { p: 6.25, q: 3.74, gamma: 15.44 },
      customers: 600, firstDay: 20_000, acquisitionDays: 84, lastDay: 20_400, unitDays: 7,
    });
    const panel = await open(sessionOf(table));
    expect(screen.queryByLabelText('Incluir estos resultados en el PDF del plan')).toBeNull();
    await fireEvent.click(fitButton());
    const box = await screen.findByLabelText('Incluir estos resultados en el PDF del plan');
    expect(box).toBeChecked();
    expect(await panel.stored()).toMatchObject({ inReport: true });
    await fireEvent.click(box);
    expect(await panel.stored()).toMatchObject({ inReport: false });
    expect(box).not.toBeChecked();
  });

  it('keeps the unit, split and horizon in the plan, the horizon converted to the new unit', async () => {
    const panel = await open(sessionOf(transactionTable(WORKED_EXAMPLE), '2025-12-31'));
    await fireEvent.change(screen.getByLabelText('Unidad de tiempo'), { target: { value: 'months' } });
    expect(screen.getByLabelText('Horizonte de la predicción (meses)')).toHaveValue('12');
    await fireEvent.change(screen.getByLabelText('Fin de la calibración'), { target: { value: '2025-06-30' } });
    expect(await panel.stored()).toEqual({ unit: 'months', calibrationEnd: isoToEpochDay('2025-06-30'), horizon: 12, inReport: false });

    await fireEvent.change(screen.getByLabelText('Horizonte de la predicción (meses)'), { target: { value: '0' } });
    expect(screen.getByRole('alert')).toHaveTextContent('Escribe un número mayor que 0 y no mayor que 120.');
    await fireEvent.change(screen.getByLabelText('Fin de la calibración'), { target: { value: '2026-01-01' } });
    expect(await panel.stored()).toEqual({ unit: 'months', calibrationEnd: isoToEpochDay('2025-06-30'), horizon: 12, inReport: false });
  });

  it('stops a fit under way when asked: the page says so and can fit again', async () => {
    const table = transactionTable(WORKED_EXAMPLE);
    const source = sessionOf(table, '2025-12-31');
    let fits = 0;
    let rejectRunning: (error: Error) => void = () => {};
    const stopPredictive = vi.fn(() => rejectRunning(new CancelledError()));
    await open({
      ...source,
      fitPredictive: (request, onstep) => {
        fits++;
        // The first fit stays in its second step until stopped; the next one answers.
        if (fits > 1) return source.fitPredictive(request, onstep);
        onstep?.('bgnbd');
        return new Promise((_, reject) => (rejectRunning = reject));
      },
      stopPredictive,
    });
    await fireEvent.click(fitButton());
    expect(await screen.findByText('Paso 2 de 5: ajustando BG/NBD')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(stopPredictive).toHaveBeenCalledOnce();
    expect(await screen.findByText('Has cancelado el ajuste de los modelos. Puedes volver a ajustarlos cuando quieras.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancelar' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    await fireEvent.click(fitButton());
    await screen.findByRole('alert');
    expect(screen.queryByText(/Has cancelado el ajuste/)).toBeNull();
    expect(fits).toBe(2);
  });
});
