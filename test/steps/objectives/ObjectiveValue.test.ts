import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { restoreObjectives } from '../../../src/domain/objectives/restore-objectives';
import { locale } from '../../../src/i18n/locale.svelte';
import ObjectivesStep from '../../../src/steps/objectives/ObjectivesStep.svelte';
import { openPart, renderStep, workedExampleView } from '../step-setup';

let close: (() => Promise<void>) | undefined;
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 0, 15, 12));
  locale.language = 'es';
});
afterEach(async () => {
  await close?.();
  close = undefined;
  vi.useRealTimers();
});

async function openWithObjective(metricLabel: RegExp) {
  const step = await renderStep(ObjectivesStep, { view: workedExampleView() });
  close = step.close;
  await screen.findByRole('heading', { name: 'Objetivo general' });
  await openPart(2, 'specific');
  const picker = screen.getByLabelText('Métrica del nuevo objetivo');
  const option = within(picker).getByRole('option', { name: metricLabel }) as HTMLOptionElement;
  await fireEvent.change(picker, { target: { value: option.value } });
  await fireEvent.click(screen.getByRole('button', { name: 'Añadir objetivo' }));
  return { step, card: () => screen.getByRole('article', { name: 'Objetivo 1' }) };
}

/** The card's expected value as the screen carries it: its id and unrounded number. */
function shownValue(card: HTMLElement): { text: string; value: number | null } {
  const element = card.querySelector('[data-metric="objective_value"]') as HTMLElement;
  const raw = element.getAttribute('data-value');
  return { text: (element.textContent ?? '').replace(/\s+/g, ' '), value: raw === null ? null : Number(raw) };
}

// A card re-renders on every keystroke: generous time, so a busy machine does not fail it.
describe('an objective card shows its expected value live', () => {
  it('values churn from 25 % to 20 % on the worked example at 0,05 × 4 × 155,57 € = 31 €, and follows the target', async () => {
    const { card } = await openWithObjective(/^Tasa de deserción/);
    expect(within(card()).getByText('Escribe la meta para ver lo que vale.')).toBeInTheDocument();

    await fireEvent.input(within(card()).getByLabelText('Meta'), { target: { value: '20' } });
    const clv = (49.5 * 1.1) / 0.35;
    expect(shownValue(card()).value).toBeCloseTo(0.05 * 4 * clv, 9);
    expect(shownValue(card()).text).toBe('31 €');
    expect(within(card()).getByText('0,05 × 4 clientes activos × 155,57 € (valor de vida actualizado) = 31 €')).toBeInTheDocument();
    expect(within(card()).getByText(/Clientes que se quedan × lo que vale cada uno/)).toBeInTheDocument();

    await fireEvent.input(within(card()).getByLabelText('Meta'), { target: { value: '15' } });
    expect(shownValue(card()).value).toBeCloseTo(0.1 * 4 * clv, 9);

    await fireEvent.input(within(card()).getByLabelText('Meta'), { target: { value: '25' } });
    expect(shownValue(card()).value).toBe(0);
    expect(within(card()).getByText('La meta es igual a la cifra de partida: vale 0.')).toBeInTheDocument();

    await fireEvent.input(within(card()).getByLabelText('Meta'), { target: { value: '30' } });
    expect(shownValue(card()).value).toBeCloseTo(-0.05 * 4 * clv, 9);
    expect(within(card()).getByText(/La meta va en la dirección contraria: el valor es negativo/)).toBeInTheDocument();
  });

  it('asks for the value and its reasoning where no formula gives one, and keeps both', async () => {
    const { step, card } = await openWithObjective(/^Otra \(escribe su nombre\)/);
    expect(within(card()).getByText(/Esta cifra no tiene fórmula/)).toBeInTheDocument();
    await fireEvent.input(within(card()).getByLabelText('Cuánto vale (lo escribes tú)'), { target: { value: '1.500' } });
    expect(shownValue(card()).value).toBe(1500);
    expect(within(card()).getByText('Falta el razonamiento: explica de dónde sale la cifra.')).toBeInTheDocument();
    await fireEvent.input(within(card()).getByLabelText('¿De dónde sale esa cifra?'), { target: { value: '60 tartas × 25 € de margen' } });
    expect(within(card()).queryByText(/Falta el razonamiento/)).toBeNull();
    const [stored] = restoreObjectives((await step.stored()).sections.objectives).specific;
    expect(stored).toMatchObject({ plannerValue: 1500, plannerReason: '60 tartas × 25 € de margen' });
  });

  it('takes a segment\'s baseline and value from that segment\'s own customers', async () => {
    const { card } = await openWithObjective(/^Ventas por cliente activo/);
    expect(within(card()).getByLabelText('Cifra de partida')).toHaveValue('165');
    const segment = within(card()).getByLabelText('Segmento');
    const option = within(segment).getByRole('option', { name: /^Clientes A/ }) as HTMLOptionElement;
    await fireEvent.change(segment, { target: { value: option.value } });
    // Class A is C4 and C1: 500 € of current revenue over 2 active customers.
    await fireEvent.click(within(card()).getByRole('button', { name: 'Actualizar la cifra de partida' }));
    expect(within(card()).getByLabelText('Cifra de partida')).toHaveValue('250');
    await fireEvent.input(within(card()).getByLabelText('Meta'), { target: { value: '260' } });
    expect(shownValue(card()).value).toBeCloseTo(10 * 2 * 0.3, 9);
    expect(within(card()).getByText(/Con las cifras del segmento «Clientes A»/)).toBeInTheDocument();
  });
});
