import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import Figure from '../../../src/steps/diagnosis/Figure.svelte';
import { locale } from '../../../src/i18n/locale.svelte';

describe('Figure', () => {
  it('shows a share as a percentage and keeps the unrounded value for tests and the PDF', () => {
    locale.language = 'es';
    render(Figure, { id: 'churn_rate', kind: 'share', value: 0.123456, hint: undefined, language: 'es', currency: 'EUR' });
    const value = screen.getByText('12,3 %');
    expect(value).toHaveAttribute('data-metric', 'churn_rate');
    expect(value).toHaveAttribute('data-value', '0.123456');
    expect(screen.getByText('Tasa de deserción')).toBeInTheDocument();
    expect(screen.getByText('deserción = |A2 \\ A1| / |A2|')).toBeInTheDocument();
  });

  it('formats money in the plan currency and language', () => {
    locale.language = 'en';
    render(Figure, { id: 'clv_discounted', kind: 'money', value: 155.5714, hint: undefined, language: 'en', currency: 'USD' });
    expect(screen.getByText('US$155.57')).toHaveAttribute('data-value', '155.5714');
  });

  it('says which column would unlock a figure the data does not allow', () => {
    locale.language = 'es';
    render(Figure, {
      id: 'type_prescriptor', kind: 'count', value: undefined, language: 'es', currency: 'EUR',
      hint: { code: 'needs-column', dataset: 'customers', field: 'satisfaction' },
    });
    expect(screen.getByText('No disponible')).toBeInTheDocument();
    expect(screen.getByText('Hace falta una columna de «Satisfacción».')).toBeInTheDocument();
    expect(document.querySelector('[data-metric]')).toBeNull();
  });
});
