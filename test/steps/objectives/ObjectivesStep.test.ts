import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ObjectivesStep from '../../../src/steps/objectives/ObjectivesStep.svelte';
import { locale } from '../../../src/i18n/locale.svelte';
import { restoreObjectives } from '../../../src/domain/objectives/restore-objectives';
import { MutableView } from '../mutable-view.svelte';
import { openPart, renderStep, workedExampleView } from '../step-setup';

let close: (() => Promise<void>) | undefined;
beforeEach(() => {
  // jsdom has <dialog> without showModal.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  // Today is 15 January 2026; the worked example's diagnosis is as of 31 December 2025.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 0, 15, 12));
  locale.language = 'es';
});
afterEach(async () => {
  await close?.();
  close = undefined;
  vi.useRealTimers();
});

async function open(options: Parameters<typeof renderStep>[1] = {}, heading = 'Objetivo general') {
  const step = await renderStep(ObjectivesStep, { view: workedExampleView(), ...options });
  close = step.close;
  await screen.findByRole('heading', { name: heading });
  return step;
}

/**
 * Adds an objective on the metric picked (its visible label) and returns a finder of its card
 * (found afresh each time, as a person looks again at the screen after it changes).
 */
async function addObjective(metricLabel: RegExp, add = 'Añadir objetivo', heading = 'Objetivo') {
  await openPart(2, 'specific');
  const picker = screen.getByLabelText(/^(Métrica del nuevo objetivo|Metric of the new objective)$/);
  const option = within(picker).getByRole('option', { name: metricLabel }) as HTMLOptionElement;
  await fireEvent.change(picker, { target: { value: option.value } });
  await fireEvent.click(screen.getByRole('button', { name: add }));
  const name = `${heading} ${screen.getAllByRole('article').length}`;
  return () => screen.getByRole('article', { name });
}

/** The line of one SMART letter in a card, as read on screen. */
function letter(card: HTMLElement, which: 'S' | 'M' | 'A' | 'R' | 'T'): HTMLElement {
  const items = within(within(card).getByRole('list', { name: /^(Comprobación SMART|SMART check)$/ })).getAllByRole('listitem');
  return items['SMART'.indexOf(which)];
}

describe('ObjectivesStep, the general objective', () => {
  it('composes the sentence from the three parts until the user edits it, and recomposes on request', async () => {
    const step = await open();
    await fireEvent.input(screen.getByLabelText('¿Qué?'), { target: { value: 'Aumentar la fidelidad' } });
    await fireEvent.input(screen.getByLabelText('¿Dónde?'), { target: { value: 'Madrid' } });
    await fireEvent.input(screen.getByLabelText('¿Para qué?'), { target: { value: 'crecer en ventas' } });
    const sentence = screen.getByLabelText('El objetivo general en una frase');
    expect(sentence).toHaveValue('Aumentar la fidelidad en Madrid para crecer en ventas.');

    await fireEvent.input(sentence, { target: { value: 'Fidelizar a los clientes de Madrid.' } });
    await fireEvent.input(screen.getByLabelText('¿Dónde?'), { target: { value: 'Toledo' } });
    expect(sentence).toHaveValue('Fidelizar a los clientes de Madrid.');

    await fireEvent.click(screen.getByRole('button', { name: 'Volver a componer la frase' }));
    expect(sentence).toHaveValue('Aumentar la fidelidad en Toledo para crecer en ventas.');
    expect(screen.queryByRole('button', { name: 'Volver a componer la frase' })).toBeNull();

    const stored = restoreObjectives((await step.stored()).sections.objectives);
    expect(stored.general).toEqual({
      what: 'Aumentar la fidelidad', where: 'Toledo', whatFor: 'crecer en ventas',
      sentence: 'Aumentar la fidelidad en Toledo para crecer en ventas.', sentenceEdited: false,
    });
  });
});

describe('ObjectivesStep, a specific objective and its live SMART check', () => {
  it('lowers churn by default, with the baseline frozen from the diagnosis and its date', async () => {
    const step = await open();
    const card = await addObjective(/^Tasa de deserción/);
    expect(within(card()).getByRole('radio', { name: 'Reducir' })).toBeChecked();
    // Churn of the worked example: C2 of {C1, C2, C3, C6} did not come back, 1/4.
    expect(within(card()).getByLabelText('Cifra de partida')).toHaveValue('25');
    expect(within(card()).getByText('a 31 dic 2025')).toBeInTheDocument();

    const [objective] = restoreObjectives((await step.stored()).sections.objectives).specific;
    expect(objective).toMatchObject({ metric: 'churn_rate', unit: '%', baseline: 0.25, baselineDate: '2025-12-31', direction: 'lower' });
  });

  it('fails A for halving churn in three months, and passes once the target is within reach', async () => {
    await open();
    const card = await addObjective(/^Tasa de deserción/);
    await fireEvent.change(within(card()).getByLabelText('Fecha límite'), { target: { value: '2026-04-15' } });
    await fireEvent.input(within(card()).getByLabelText('Meta'), { target: { value: '12,5' } });
    // 25 % → 12,5 % halves churn: at "halve in a year" pace that needs 12 months; the deadline gives 3.
    expect(letter(card(), 'A')).toHaveTextContent('Alcanzable: no cumple');
    expect(letter(card(), 'A')).toHaveTextContent('necesitaría unos 12 meses y el plazo da 3');
    expect(letter(card(), 'A')).toHaveTextContent('Cómo arreglarlo:');

    // 25 % → 22 % in 3 months: ln(25/22) / 3 ≈ 0.043 a month, below ln 2 / 12 ≈ 0.058.
    await fireEvent.input(within(card()).getByLabelText('Meta'), { target: { value: '22' } });
    expect(letter(card(), 'A')).toHaveTextContent('Alcanzable: cumple');
    expect(letter(card(), 'A')).not.toHaveTextContent('Cómo arreglarlo:');
    expect(letter(card(), 'M')).toHaveTextContent('Medible: cumple');
    expect(letter(card(), 'T')).toHaveTextContent('Con plazo: cumple');
  });

  it('flags a target already met as no objective at all, for a falling and a rising metric', async () => {
    await open();
    const card = await addObjective(/^Tasa de deserción/);
    await fireEvent.change(within(card()).getByLabelText('Fecha límite'), { target: { value: '2026-12-15' } });
    await fireEvent.input(within(card()).getByLabelText('Meta'), { target: { value: '30' } });
    expect(letter(card(), 'A')).toHaveTextContent('no está por debajo de la cifra de partida (25 %): ya se cumple');
    expect(letter(card(), 'A')).toHaveTextContent('Pon una meta menor que 25 %');

    // The same 30 % is a real objective when the direction is to raise it.
    await fireEvent.click(within(card()).getByRole('radio', { name: 'Aumentar' }));
    expect(letter(card(), 'A')).toHaveTextContent('Alcanzable: cumple');

    const active = await addObjective(/^Clientes activos ·/);
    await fireEvent.change(within(active()).getByLabelText('Fecha límite'), { target: { value: '2026-12-15' } });
    await fireEvent.input(within(active()).getByLabelText('Meta'), { target: { value: '3' } });
    expect(letter(active(), 'A')).toHaveTextContent('La meta (3 clientes) no supera la cifra de partida (4 clientes): ya se cumple');
  });

  it('says what S, R and T lack, and R passes once a strategy serves the linked objective', async () => {
    const step = await open();
    const card = await addObjective(/^Tasa de deserción/);
    expect(letter(card(), 'S')).toHaveTextContent('No dice para quién');
    expect(letter(card(), 'R')).toHaveTextContent('Todavía no hay objetivo general');
    expect(letter(card(), 'T')).toHaveTextContent('Falta la fecha límite');

    await fireEvent.change(within(card()).getByLabelText('Segmento'), { target: { value: 'pyramid:active' } });
    expect(letter(card(), 'S')).toHaveTextContent('Específico: cumple');
    await openPart(2, 'general');
    await fireEvent.input(screen.getByLabelText('¿Qué?'), { target: { value: 'Fidelizar' } });
    await openPart(2, 'specific');
    expect(letter(card(), 'R')).toHaveTextContent('No consta que contribuya');
    await fireEvent.click(within(card()).getByRole('checkbox', { name: 'Contribuye al objetivo general' }));
    expect(letter(card(), 'R')).toHaveTextContent('Ninguna estrategia lo sirve todavía');

    const [objective] = restoreObjectives((await step.stored()).sections.objectives).specific;
    step.editor.editSection('strategies', {
      strategies: [{ id: 's1', family: 'retention', name: 'Club', segments: [], objectiveIds: [objective.id], channels: [] }],
    });

    await vi.waitFor(() => expect(letter(card(), 'R')).toHaveTextContent('Relevante: cumple'));
    expect(within(card()).getByText('Club')).toBeInTheDocument();

    await fireEvent.change(within(card()).getByLabelText('Fecha límite'), { target: { value: '2027-06-30' } });
    await fireEvent.change(screen.getByLabelText('Fin del horizonte del plan'), { target: { value: '2026-12-31' } });
    expect(letter(card(), 'T')).toHaveTextContent('cae después del fin del plan (31 dic 2026)');
  });

  it('keeps the baseline when a later import changes the figure, and takes the new one only on request', async () => {
    const view = new MutableView(workedExampleView());
    await open({ view });
    const card = await addObjective(/^Tasa de deserción/);
    expect(within(card()).getByLabelText('Cifra de partida')).toHaveValue('25');

    const old = view.diagnosis!;
    view.diagnosis = { ...old, analysisDate: old.analysisDate! + 31, figures: { ...old.figures, churn_rate: 0.4 } };
    await vi.waitFor(() => expect(within(card()).getByText(/El diagnóstico actual da 40 %/)).toBeInTheDocument());
    expect(within(card()).getByLabelText('Cifra de partida')).toHaveValue('25');

    await fireEvent.click(within(card()).getByRole('button', { name: 'Actualizar la cifra de partida' }));
    expect(within(card()).getByLabelText('Cifra de partida')).toHaveValue('40');
    expect(within(card()).getByText('a 31 ene 2026')).toBeInTheDocument();
    expect(within(card()).queryByRole('button', { name: 'Actualizar la cifra de partida' })).toBeNull();
  });

  it('offers a custom metric with its own name and unit', async () => {
    await open();
    const card = await addObjective(/^Otra/);
    expect(letter(card(), 'M')).toHaveTextContent('La métrica no tiene nombre');
    await fireEvent.input(within(card()).getByLabelText('Nombre de la métrica'), { target: { value: 'Leads calientes' } });
    expect(letter(card(), 'M')).toHaveTextContent('Falta la unidad de medida');
    await fireEvent.change(within(card()).getByLabelText('Unidad'), { target: { value: 'customers' } });
    await fireEvent.input(within(card()).getByLabelText('Cifra de partida'), { target: { value: '40' } });
    await fireEvent.input(within(card()).getByLabelText('Meta'), { target: { value: '60' } });
    expect(letter(card(), 'M')).toHaveTextContent('Medible: cumple');
  });

  it('deletes an objective after confirmation, and its links from the strategies', async () => {
    const step = await open();
    const card = await addObjective(/^Tasa de deserción/);
    const [objective] = restoreObjectives((await step.stored()).sections.objectives).specific;
    step.editor.editSection('strategies', {
      strategies: [{ id: 's1', family: 'retention', name: 'Club', objectiveIds: [objective.id, 'other'] }],
    });
    await fireEvent.click(within(card()).getByRole('button', { name: 'Eliminar objetivo' }));
    await fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Eliminar' }));
    expect(screen.queryByRole('article')).toBeNull();
    const stored = await step.stored();
    expect(restoreObjectives(stored.sections.objectives).specific).toEqual([]);
    expect((stored.sections.strategies as { strategies: { objectiveIds: string[] }[] }).strategies[0].objectiveIds).toEqual(['other']);
  });
});

describe('ObjectivesStep, answers written before the form', () => {
  it('shows only the old answers with content, and copies them into the general objective', async () => {
    await open({ fields: { 'objectives.generalWhat': 'Más clientes fieles', 'objectives.generalWhere': '  ', 'objectives.generalWhatFor': 'vender más' } });
    const legacy = screen.getByRole('region', { name: 'Tus respuestas anteriores' });
    expect(within(legacy).getByRole('textbox', { name: 'Objetivo general: ¿qué queremos conseguir?' })).toHaveValue('Más clientes fieles');
    expect(within(legacy).queryByRole('textbox', { name: '¿Dónde?' })).toBeNull();
    await fireEvent.click(within(legacy).getByRole('button', { name: 'Copiar al objetivo general' }));
    expect(screen.getByLabelText('El objetivo general en una frase')).toHaveValue('Más clientes fieles para vender más.');
  });

  it('shows no such block when the old answers are empty', async () => {
    await open({ fields: { 'objectives.specificObjectives': '' } });
    expect(screen.queryByRole('region', { name: 'Tus respuestas anteriores' })).toBeNull();
  });
});

describe('ObjectivesStep in English', () => {
  it('speaks English and says the same things', async () => {
    locale.language = 'en';
    await open({}, 'General objective');
    const card = await addObjective(/^Churn rate/, 'Add objective', 'Objective');
    expect(within(card()).getByRole('radio', { name: 'Lower' })).toBeChecked();
    expect(letter(card(), 'M')).toHaveTextContent('The target is missing.');
  });
});
