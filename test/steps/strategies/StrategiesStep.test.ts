import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import StrategiesStep from '../../../src/steps/strategies/StrategiesStep.svelte';
import { locale } from '../../../src/i18n/locale.svelte';
import { restoreStrategies } from '../../../src/domain/strategies/restore-strategies';
import { renderStep, workedExampleView, NO_DIAGNOSIS } from '../step-setup';

let close: (() => Promise<void>) | undefined;
beforeEach(() => {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  locale.language = 'es';
});
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function open(options: Parameters<typeof renderStep>[1] = {}) {
  const step = await renderStep(StrategiesStep, { view: workedExampleView(), ...options });
  close = step.close;
  await screen.findByRole('heading', { name: 'Sugerencias a partir del diagnóstico' });
  return step;
}

const CHURN_TITLE = 'Retener: se van demasiados clientes';
const family = (name: string) => screen.getByRole('region', { name });

describe('StrategiesStep, suggestions from the diagnosis', () => {
  it('shows the figure that triggered a suggestion, formatted and with its unrounded value', async () => {
    await open();
    const suggestion = screen.getByRole('article', { name: CHURN_TITLE });
    // Worked example: churn 1/4; the threshold is the seed's 50 % lost in five years, 1 − 0.5^(1/5) ≈ 12,9 % a year.
    const figure = within(suggestion).getByText('25 %');
    expect(figure).toHaveAttribute('data-metric', 'churn_rate');
    expect(figure).toHaveAttribute('data-value', '0.25');
    expect(within(suggestion).getByText('umbral: 12,9 %')).toBeInTheDocument();
    // At risk in the worked example: C6, R2 F3.
    expect(within(suggestion).getByText(/En riesgo de abandono \(1\)/)).toBeInTheDocument();
  });

  it('creates the strategy when a suggestion is accepted, and offers it no more', async () => {
    const step = await open();
    await fireEvent.click(within(screen.getByRole('article', { name: CHURN_TITLE })).getByRole('button', { name: 'Aceptar' }));
    expect(screen.queryByRole('article', { name: CHURN_TITLE })).toBeNull();
    expect(screen.getByText('El diagnóstico no sugiere nada más por ahora.')).toBeInTheDocument();
    const retention = family('Retención');
    expect(within(retention).getByRole('heading', { name: 'Retención de clientes en riesgo' })).toBeInTheDocument();
    expect(within(retention).getByText('En riesgo de abandono (1)')).toBeInTheDocument();
    expect(within(retention).getByText('Correo electrónico, Teléfono')).toBeInTheDocument();

    const { strategies } = restoreStrategies((await step.stored()).sections.strategies);
    expect(strategies).toEqual([expect.objectContaining({
      family: 'retention', name: 'Retención de clientes en riesgo', fromSuggestion: 'high-churn',
      segments: [{ kind: 'rfm', key: 'at-risk' }], channels: ['email', 'phone'], objectiveIds: [],
    })]);

    // The map now shows retention reaching the at-risk customers by email and phone.
    const map = screen.getByRole('table', { name: 'Mapa de segmentos y canales' });
    const row = within(map).getByRole('row', { name: /En riesgo de abandono/ });
    const cells = within(row).getAllByRole('cell');
    const headers = within(map).getAllByRole('columnheader').slice(1).map((h) => h.textContent?.trim());
    expect(cells.map((c, i) => [headers[i], c.textContent?.trim()]).filter(([, text]) => text)).toEqual([
      ['Correo electrónico', 'Retención'], ['Teléfono', 'Retención'],
    ]);
  });

  it('opens an accepted suggestion to edit, with the focus on its name', async () => {
    await open();
    await fireEvent.click(within(screen.getByRole('article', { name: CHURN_TITLE })).getByRole('button', { name: 'Aceptar y editar' }));
    const name = await screen.findByLabelText('Nombre de la estrategia');
    await vi.waitFor(() => expect(name).toHaveFocus());
    expect(name).toHaveValue('Retención de clientes en riesgo');
    expect(screen.getByLabelText('Oferta')).toHaveValue('Atención personal y una ventaja exclusiva para quien vuelva a comprar.');
    expect(screen.getByRole('checkbox', { name: /^En riesgo de abandono/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Teléfono' })).toBeChecked();
  });

  it('remembers a dismissed suggestion, and shows it again on request', async () => {
    const step = await open();
    await fireEvent.click(within(screen.getByRole('article', { name: CHURN_TITLE })).getByRole('button', { name: 'Descartar' }));
    expect(screen.queryByRole('article', { name: CHURN_TITLE })).toBeNull();
    const stored = await step.stored();
    expect(restoreStrategies(stored.sections.strategies).dismissedSuggestions).toEqual(['high-churn']);
    await close?.();
    close = undefined;

    await open({ sections: stored.sections });
    expect(screen.queryByRole('article', { name: CHURN_TITLE })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: '1 sugerencia descartada' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Volver a mostrar' }));
    expect(screen.getByRole('article', { name: CHURN_TITLE })).toBeInTheDocument();
  });

  it('asks for data before suggesting anything', async () => {
    await open({ view: NO_DIAGNOSIS });
    expect(screen.getByText(/Importa datos en el paso 1/)).toBeInTheDocument();
  });
});

describe('StrategiesStep, writing a strategy', () => {
  it('adds a strategy to a family, links it to an objective of step 2, and keeps it', async () => {
    const objective = {
      id: 'o1', metric: 'churn_rate', unit: '%', baseline: 0.25, baselineDate: '2025-12-31', target: 0.2,
      direction: 'lower', deadline: '2026-12-15', owner: '', description: 'Menos bajas entre los activos', linkedToGeneral: true,
    };
    const step = await open({ sections: { objectives: { specific: [objective] } } });
    await fireEvent.click(screen.getByRole('button', { name: 'Añadir estrategia de recuperación' }));
    const recovery = family('Recuperación');
    const name = within(recovery).getByLabelText('Nombre de la estrategia');
    await vi.waitFor(() => expect(name).toHaveFocus());
    await fireEvent.input(name, { target: { value: 'Te echamos de menos' } });
    await fireEvent.click(within(recovery).getByRole('checkbox', { name: /^Inactivos \(2\)/ }));
    await fireEvent.click(within(recovery).getByRole('checkbox', { name: 'Correo postal' }));
    await fireEvent.click(within(recovery).getByRole('checkbox', { name: '1. Menos bajas entre los activos' }));
    await fireEvent.click(within(recovery).getByRole('button', { name: 'Añadir una versión' }));
    const version = within(recovery).getByRole('group', { name: 'Versión 1' });
    await fireEvent.change(within(version).getByLabelText('Por el canal'), { target: { value: 'mail' } });
    await fireEvent.input(within(version).getByLabelText('Texto del mensaje'), { target: { value: 'Vuelve y te invitamos al café' } });
    await fireEvent.input(within(recovery).getByLabelText('Objetivo de aprendizaje'), { target: { value: 'Qué oferta trae más vueltas' } });

    const [strategy] = restoreStrategies((await step.stored()).sections.strategies).strategies;
    expect(strategy).toMatchObject({
      family: 'recovery', name: 'Te echamos de menos', segments: [{ kind: 'pyramid', key: 'inactive' }], channels: ['mail'],
      objectiveIds: ['o1'], messages: [{ channel: 'mail', text: 'Vuelve y te invitamos al café' }], learningGoal: 'Qué oferta trae más vueltas',
    });

    await fireEvent.click(within(recovery).getByRole('button', { name: /^Cerrar/ }));
    expect(within(recovery).queryByLabelText('Nombre de la estrategia')).toBeNull();
    expect(within(recovery).getByText('1. Menos bajas entre los activos')).toBeInTheDocument();
  });

  it('deletes a strategy after confirmation', async () => {
    const step = await open({ sections: { strategies: { strategies: [{ id: 's1', family: 'extension', name: 'Gama alta' }] } } });
    await fireEvent.click(within(family('Extensión')).getByRole('button', { name: /^Editar/ }));
    await fireEvent.click(within(family('Extensión')).getByRole('button', { name: 'Eliminar estrategia' }));
    await fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Eliminar' }));
    expect(within(family('Extensión')).getByText('Todavía no hay ninguna estrategia de esta familia.')).toBeInTheDocument();
    expect(restoreStrategies((await step.stored()).sections.strategies).strategies).toEqual([]);
  });

  it('records an alliance with its kind, partner and goal', async () => {
    const step = await open();
    await fireEvent.click(screen.getByRole('button', { name: 'Añadir alianza' }));
    const alliance = screen.getByRole('group', { name: 'Alianza 1' });
    await fireEvent.change(within(alliance).getByLabelText('Tipo'), { target: { value: 'tactical' } });
    expect(within(alliance).getByText(/acción concreta entre partes con objetivos estratégicos distintos/)).toBeInTheDocument();
    await fireEvent.input(within(alliance).getByLabelText('Socio'), { target: { value: 'Gimnasio Sur' } });
    await fireEvent.input(within(alliance).getByLabelText('Objetivo de la alianza'), { target: { value: 'Bonos cruzados' } });
    expect(restoreStrategies((await step.stored()).sections.strategies).alliances).toEqual([
      expect.objectContaining({ kind: 'tactical', partner: 'Gimnasio Sur', goal: 'Bonos cruzados' }),
    ]);
  });

  it('keeps the old free-text answers that have content in sight', async () => {
    await open({ fields: { 'strategies.retention': 'Tarjeta de cliente con descuentos.', 'strategies.recovery': '' } });
    const legacy = screen.getByRole('region', { name: 'Tus respuestas anteriores' });
    expect(within(legacy).getByLabelText('Estrategia de retención')).toHaveValue('Tarjeta de cliente con descuentos.');
    expect(within(legacy).queryByLabelText('Estrategia de recuperación')).toBeNull();
  });
});
