import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import DisseminationStep from '../../../src/steps/dissemination/DisseminationStep.svelte';
import { locale } from '../../../src/i18n/locale.svelte';
import { restoreDissemination } from '../../../src/domain/dissemination/restore-dissemination';
import { renderStep } from '../step-setup';

let close: (() => Promise<void>) | undefined;
beforeEach(() => {
  locale.language = 'es';
});
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function open(sections = {}, fields: Record<string, string> = {}) {
  const step = await renderStep(DisseminationStep, { sections, fields });
  close = step.close;
  await screen.findByRole('heading', { name: 'Difusión interna' });
  return step;
}

const region = (name: string) => screen.getByRole('region', { name });

describe('DisseminationStep', () => {
  it('adds internal and external audiences with their message, channel, schedule and owner', async () => {
    const step = await open();
    const internal = () => region('Difusión interna');
    expect(within(internal()).getByText('Aún no hay ningún público interno.')).toBeInTheDocument();
    await fireEvent.click(within(internal()).getByRole('button', { name: '+ Añadir público interno' }));
    const kind = within(internal()).getByLabelText('Público') as HTMLSelectElement;
    expect([...kind.options].map((o) => o.text)).toEqual(['Plantilla', 'Equipo comercial', 'Dirección']);
    await fireEvent.change(kind, { target: { value: 'salesForce' } });
    await fireEvent.input(within(internal()).getByLabelText('Mensaje'), { target: { value: 'La tarjeta de cliente llega en marzo' } });
    await fireEvent.change(within(internal()).getByLabelText('Canal'), { target: { value: 'training' } });
    await fireEvent.change(within(internal()).getByLabelText('Fecha'), { target: { value: '2026-02-20' } });
    await fireEvent.input(within(internal()).getByLabelText('Responsable'), { target: { value: 'Lucía' } });

    const external = () => region('Difusión externa');
    await fireEvent.click(within(external()).getByRole('button', { name: '+ Añadir público externo' }));
    await fireEvent.change(within(external()).getByLabelText('Público'), { target: { value: 'customers' } });
    await fireEvent.click(within(external()).getByLabelText('Con una frecuencia'));
    await fireEvent.change(within(external()).getByLabelText('Frecuencia'), { target: { value: 'quarterly' } });
    expect(within(external()).getByRole('group', { name: 'Clientes' })).toBeInTheDocument();

    const { audiences } = restoreDissemination((await step.stored()).sections.dissemination);
    expect(audiences.map(({ id: _id, ...rest }) => rest)).toEqual([
      { kind: 'salesForce', message: 'La tarjeta de cliente llega en marzo', channel: 'training', schedule: { kind: 'date', date: '2026-02-20' }, owner: 'Lucía' },
      { kind: 'customers', message: '', channel: 'email', schedule: { kind: 'frequency', frequency: 'quarterly' }, owner: '' },
    ]);
  });

  it('removes an audience', async () => {
    const step = await open({
      dissemination: { audiences: [{ id: 'a', kind: 'management', message: 'Presentación', channel: 'meeting', schedule: { kind: 'date', date: '' }, owner: '' }] },
    });
    await fireEvent.click(screen.getByRole('button', { name: /Eliminar el público «Dirección»/ }));
    expect(within(region('Difusión interna')).getByText('Aún no hay ningún público interno.')).toBeInTheDocument();
    expect(restoreDissemination((await step.stored()).sections.dissemination).audiences).toEqual([]);
  });

  it('keeps the conditions for success the planner ticks and comments', async () => {
    const step = await open();
    const conditions = region('Condiciones para el éxito');
    expect(within(conditions).getByText('0 de 6 hechas')).toBeInTheDocument();
    await fireEvent.click(within(conditions).getByLabelText('Asegurar el apoyo de la dirección general'));
    await fireEvent.input(within(conditions).getByLabelText('Comentario sobre «Asegurar el apoyo de la dirección general»'), { target: { value: 'La gerente lo presenta' } });
    expect(within(conditions).getByText('1 de 6 hechas')).toBeInTheDocument();
    const stored = restoreDissemination((await step.stored()).sections.dissemination).conditions;
    expect(stored.find((c) => c.id === 'management-support')).toEqual({ id: 'management-support', ticked: true, comment: 'La gerente lo presenta' });
  });

  it('keeps showing what was written in the former free-text questions of the step, and only those', async () => {
    await open({}, { 'dissemination.internalAudiences': 'Reunión con la plantilla en enero', 'dissemination.conditions': ' ' });
    const notes = region('Notas anteriores');
    expect(within(notes).getByLabelText('Difusión interna')).toHaveValue('Reunión con la plantilla en enero');
    expect(within(notes).getAllByRole('textbox')).toHaveLength(1);
  });

  it('shows no earlier notes when there are none', async () => {
    await open();
    expect(screen.queryByRole('region', { name: 'Notas anteriores' })).toBeNull();
  });
});
