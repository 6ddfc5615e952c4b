import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { locale } from '../../src/i18n/locale.svelte';
import GlossaryPage from '../../src/pages/GlossaryPage.svelte';

describe('GlossaryPage', () => {
  it('lists the terms in alphabetical order of the language, and finds them ignoring accents', async () => {
    locale.language = 'es';
    const { container } = render(GlossaryPage);
    const terms = [...container.querySelectorAll('dt')].map((dt) => dt.textContent ?? '');
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'es')));
    expect(terms).toContain('Tasa de deserción');

    await fireEvent.input(screen.getByLabelText('Buscar un término'), { target: { value: 'desercion' } });
    const found = [...container.querySelectorAll('dt')].map((dt) => dt.textContent);
    expect(found).toContain('Tasa de deserción');
    expect(found).not.toContain('Opt-in');

    await fireEvent.input(screen.getByLabelText('Buscar un término'), { target: { value: 'zzz' } });
    expect(screen.getByRole('status')).toHaveTextContent('Ningún término contiene ese texto.');
  });

  it('speaks English', () => {
    locale.language = 'en';
    render(GlossaryPage);
    expect(screen.getByRole('heading', { level: 1, name: 'Glossary' })).toBeInTheDocument();
    expect(screen.getByText('Share of wallet')).toBeInTheDocument();
  });
});
