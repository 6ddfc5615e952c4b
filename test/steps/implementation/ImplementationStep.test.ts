import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ImplementationStep from '../../../src/steps/implementation/ImplementationStep.svelte';
import { locale } from '../../../src/i18n/locale.svelte';
import { restoreImplementation } from '../../../src/domain/implementation/restore-implementation';
import { openPart, renderStep } from '../step-setup';

let close: (() => Promise<void>) | undefined;
beforeEach(() => {
  // Today is 15 June 2026.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 5, 15, 12));
  locale.language = 'es';
});
afterEach(async () => {
  await close?.();
  close = undefined;
  vi.useRealTimers();
});

const strategy = (id: string, family: string, name: string) => ({
  id, family, name, segments: [], objectiveIds: [], channels: [], offer: '', messages: [], responseProtocol: '', learningGoal: '', notes: '',
});

async function open(sections = {}) {
  const step = await renderStep(ImplementationStep, { sections });
  close = step.close;
  await screen.findByRole('heading', { name: 'Plan de acciones' });
  return step;
}

/** The fieldset of the n-th action (1-based), found afresh. */
const action = (n: number) => screen.getAllByRole('group').filter((g) => g.hasAttribute('data-action'))[n - 1];
const field = (n: number, label: string) => within(action(n)).getByLabelText(label);

async function addAction(name: string) {
  await fireEvent.click(screen.getByRole('button', { name: '+ Añadir acción' }));
  const n = screen.getAllByRole('group').filter((g) => g.hasAttribute('data-action')).length;
  await fireEvent.input(field(n, 'Acción'), { target: { value: name } });
  return n;
}

describe('ImplementationStep, the action editor', () => {
  it('starts a new action today for 30 days, in the first strategy, and offers actions without a strategy', async () => {
    const step = await open({ strategies: { strategies: [strategy('s1', 'retention', 'Club de clientes')] } });
    await addAction('Tarjeta de cliente');
    expect(field(1, 'Inicio')).toHaveValue('2026-06-15');
    expect(field(1, 'Fin')).toHaveValue('2026-07-14');
    const strategyField = field(1, 'Estrategia') as HTMLSelectElement;
    expect(strategyField.value).toBe('s1');
    expect(within(strategyField).getByRole('option', { name: 'Sin estrategia' })).toBeInTheDocument();
    expect(within(strategyField).getByRole('group', { name: 'Retención' })).toBeInTheDocument();

    await fireEvent.change(strategyField, { target: { value: '' } });
    const stored = restoreImplementation((await step.stored()).sections.implementation);
    expect(stored.actions).toEqual([
      expect.objectContaining({ name: 'Tarjeta de cliente', strategyId: '', start: '2026-06-15', end: '2026-07-14', budget: 0, status: 'planned' }),
    ]);
  });

  it('says beside the field what is wrong with the dates, and stops saying it once fixed', async () => {
    await open();
    await addAction('Tarjeta');
    await fireEvent.change(field(1, 'Fin'), { target: { value: '2026-06-01' } });
    expect(within(action(1)).getByText('El fin no puede ser anterior al inicio.')).toBeInTheDocument();
    const end = field(1, 'Fin');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(end).toHaveAccessibleDescription('El fin no puede ser anterior al inicio.');

    await fireEvent.change(end, { target: { value: '2026-06-30' } });
    expect(within(action(1)).queryByText('El fin no puede ser anterior al inicio.')).toBeNull();
    expect(field(1, 'Fin')).not.toHaveAttribute('aria-invalid');
  });

  it('flags an action that starts before its predecessor ends, naming the predecessor', async () => {
    await open();
    await addAction('Tarjeta');
    await addAction('Correo de bienvenida');
    await fireEvent.change(field(2, 'Predecesora'), { target: { value: (within(field(2, 'Predecesora')).getByRole('option', { name: '1. Tarjeta' }) as HTMLOptionElement).value } });
    const message = 'Empieza antes de que termine su predecesora, «1. Tarjeta», que acaba el 14 jul 2026.';
    expect(field(2, 'Inicio')).toHaveAccessibleDescription(message);

    await fireEvent.change(field(2, 'Inicio'), { target: { value: '2026-07-14' } });
    await fireEvent.change(field(2, 'Fin'), { target: { value: '2026-07-31' } });
    expect(screen.queryByText(message)).toBeNull();
  });

  it('reads budgets as Spanish numbers, refuses negative and unreadable ones, and adds them up', async () => {
    await open();
    await addAction('Tarjeta');
    await addAction('Correo');
    await fireEvent.input(field(1, 'Presupuesto (EUR)'), { target: { value: '1.500' } });
    await fireEvent.input(field(2, 'Presupuesto (EUR)'), { target: { value: '250,5' } });
    // The totals are a part of their own: «Presupuesto».
    const total = async () => {
      await openPart(5, 'budget');
      const element = document.querySelector('[data-budget="total"]');
      await openPart(5, null);
      return element;
    };
    const shown = await total();
    expect(shown).toHaveAttribute('data-value', '1750.5');
    expect(shown?.textContent?.replace(/\s/g, ' ')).toBe('1.750,50 €');

    await fireEvent.input(field(2, 'Presupuesto (EUR)'), { target: { value: '-5' } });
    expect(field(2, 'Presupuesto (EUR)')).toHaveAccessibleDescription('El presupuesto tiene que ser un número igual o mayor que cero.');
    expect(await total()).toHaveAttribute('data-value', '1495');

    await fireEvent.input(field(2, 'Presupuesto (EUR)'), { target: { value: 'mucho' } });
    expect(field(2, 'Presupuesto (EUR)')).toHaveAccessibleDescription(
      'El presupuesto tiene que ser un número igual o mayor que cero. Escribe un número, por ejemplo 1.250,50.',
    );
    expect(await total()).toHaveAttribute('data-value', '1495');
  });

  it('totals the budget by family and by month, leaving cancelled actions out', async () => {
    await open({
      strategies: { strategies: [strategy('s1', 'retention', 'Club'), strategy('s2', 'recovery', 'Vuelve')] },
      implementation: {
        actions: [
          { id: 'a', strategyId: 's1', name: 'A', owner: '', start: '2026-01-20', end: '2026-02-09', budget: 2100, status: 'planned' },
          { id: 'b', strategyId: 's2', name: 'B', owner: '', start: '2026-02-01', end: '2026-02-01', budget: 300, status: 'done' },
          { id: 'c', strategyId: 's2', name: 'C', owner: '', start: '2026-02-01', end: '2026-02-01', budget: 999, status: 'cancelled' },
          { id: 'd', strategyId: '', name: 'D', owner: '', start: '', end: '', budget: 50, status: 'planned' },
        ],
      },
    });
    await openPart(5, 'budget');
    const value = (key: string) => Number(document.querySelector(`[data-budget="${key}"]`)?.getAttribute('data-value'));
    expect(value('total')).toBe(2450);
    expect(value('family-retention')).toBe(2100);
    expect(value('family-recovery')).toBe(300);
    expect(value('family-unassigned')).toBe(50);
    // 2 100 over 21 days: 12 in January, 9 in February.
    expect(value('month-2026-01')).toBeCloseTo(1200, 9);
    expect(value('month-2026-02')).toBeCloseTo(900 + 300, 9);
    expect(value('unscheduled')).toBe(50);
  });

  it('removes an action and the link of the action that followed it', async () => {
    const step = await open();
    await addAction('Primera');
    await addAction('Segunda');
    await fireEvent.change(field(2, 'Predecesora'), { target: { value: (field(2, 'Predecesora') as HTMLSelectElement).options[1].value } });
    await fireEvent.click(within(action(1)).getByRole('button', { name: /Eliminar la acción «1. Primera»/ }));
    const stored = restoreImplementation((await step.stored()).sections.implementation);
    expect(stored.actions.map((a) => [a.name, a.predecessorId ?? null])).toEqual([['Segunda', null]]);
  });

  it('keeps the CRM roll-out ticks and comments', async () => {
    const step = await open();
    await openPart(5, 'rollout');
    await fireEvent.click(screen.getByLabelText('Desarrollar estrategias centradas en el cliente'));
    await fireEvent.input(screen.getByLabelText('Comentario sobre «Desarrollar estrategias centradas en el cliente»'), { target: { value: 'Taller en enero' } });
    expect(screen.getByText('1 de 8 hechas')).toBeInTheDocument();
    const stored = restoreImplementation((await step.stored()).sections.implementation);
    expect(stored.rollout[0]).toEqual({ id: 'customer-centred-strategy', ticked: true, comment: 'Taller en enero' });
  });
});
