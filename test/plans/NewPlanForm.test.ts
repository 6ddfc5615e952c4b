import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import NewPlanForm from '../../src/plans/NewPlanForm.svelte';
import { locale } from '../../src/i18n/locale.svelte';

describe('NewPlanForm', () => {
  it('says what is missing and creates nothing until the name is given', async () => {
    locale.language = 'es';
    const oncreate = vi.fn();
    render(NewPlanForm, { oncreate, oncancel: vi.fn() });
    await fireEvent.click(screen.getByRole('button', { name: 'Crear plan' }));
    expect(oncreate).not.toHaveBeenCalled();
    expect(screen.getByText('Este campo es obligatorio.')).toBeInTheDocument();
    expect(screen.getByLabelText('Nombre del plan')).toHaveAttribute('aria-invalid', 'true');

    await fireEvent.input(screen.getByLabelText('Nombre del plan'), { target: { value: 'Plan 2027' } });
    await fireEvent.input(screen.getByLabelText('Empresa'), { target: { value: 'Panaderías Sol' } });
    await fireEvent.click(screen.getByRole('button', { name: 'Crear plan' }));
    expect(oncreate).toHaveBeenCalledWith(
      expect.objectContaining({ name: 'Plan 2027', company: 'Panaderías Sol', currency: 'EUR', language: 'es' }),
    );
  });

  it('speaks English when the interface does', async () => {
    locale.language = 'en';
    render(NewPlanForm, { oncreate: vi.fn(), oncancel: vi.fn() });
    expect(screen.getByLabelText('Plan name')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Create plan' })).toBeInTheDocument();
  });
});
