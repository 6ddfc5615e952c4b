import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Guidance from '../../src/components/Guidance.svelte';
import { locale } from '../../src/i18n/locale.svelte';

describe('Guidance', () => {
  it('explains the step’s concepts, each with an example, and links to the glossary', () => {
    locale.language = 'es';
    render(Guidance, { step: 'strategies' });
    expect(screen.getByRole('heading', { name: 'Cómo se hace este paso' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Las cuatro familias de estrategias' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Los pasos de una estrategia multicanal' })).toBeInTheDocument();
    expect(screen.getByText('Prueba y aprende: cada acción debe enseñarte algo.')).toBeInTheDocument();
    expect(screen.getAllByText('Ejemplo:')).toHaveLength(3);
    expect(screen.getByRole('link', { name: 'Consulta todos los términos en el glosario' })).toHaveAttribute('href', '#/glosario');
  });

  it('collapses, and remembers it for that step only', async () => {
    locale.language = 'en';
    const first = render(Guidance, { step: 'evaluation' });
    const hide = screen.getByRole('button', { name: 'Hide the guide' });
    expect(hide).toHaveAttribute('aria-expanded', 'true');
    await fireEvent.click(hide);
    expect(screen.getByRole('button', { name: 'Show the guide' })).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('heading', { name: 'Control ratios' })).not.toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('fideliza.guidance.collapsed') ?? '[]')).toEqual(['evaluation']);
    first.unmount();

    render(Guidance, { step: 'evaluation' });
    expect(screen.getByRole('button', { name: 'Show the guide' })).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Show the guide' }));
    expect(screen.getByRole('heading', { name: 'Control ratios' })).toBeInTheDocument();
    expect(JSON.parse(localStorage.getItem('fideliza.guidance.collapsed') ?? '[]')).toEqual([]);
  });
});
