import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import DiagnosisCharts from '../../../src/steps/diagnosis/DiagnosisCharts.svelte';
import { locale } from '../../../src/i18n/locale.svelte';
import { emptyDiagnosis, syntheticDiagnosis } from '../../charts/fixtures';

vi.mock('../../../src/charts/echarts-setup', () => ({
  init: () => ({ setOption() {}, on() {}, resize() {}, clear() {}, isDisposed: () => false, dispose() {} }),
}));
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
);

const full = syntheticDiagnosis(2_000);

describe('DiagnosisCharts', () => {
  it('draws every chart the data allow', () => {
    locale.language = 'es';
    const { container } = render(DiagnosisCharts, { diagnosis: full, language: 'es', currency: 'EUR' });
    const ids = [...container.querySelectorAll('[data-chart]')].map((f) => f.getAttribute('data-chart'));
    expect(ids).toEqual(['pyramid', 'abc', 'rfm', 'types', 'value', 'churn', 'cohorts', 'monthly', 'levels']);
    expect(screen.queryByText('Gráficos que tus datos aún no permiten')).toBeNull();
  });

  it('says, for each chart the data do not allow, what is missing', () => {
    locale.language = 'en';
    const onlyMonths = emptyDiagnosis({ monthly: full.monthly, unavailable: { type_prescriptor: { code: 'needs-dataset', dataset: 'customers' } } });
    const { container } = render(DiagnosisCharts, { diagnosis: onlyMonths, language: 'en', currency: 'EUR' });
    expect([...container.querySelectorAll('[data-chart]')].map((f) => f.getAttribute('data-chart'))).toEqual(['monthly']);
    expect(screen.getByRole('heading', { name: 'Charts your data do not allow yet' })).toBeInTheDocument();
    expect(container.querySelector('[data-chart-missing="types"]')).toHaveTextContent('Customer types: satisfaction and loyalty: Needs the customers file.');
    expect(container.querySelectorAll('[data-chart-missing]')).toHaveLength(8);
    locale.language = 'es';
  });

  it('opens the list of a segment chosen in a chart’s table, and closes it', async () => {
    locale.language = 'es';
    render(DiagnosisCharts, { diagnosis: full, language: 'es', currency: 'EUR' });
    const abc = screen.getByRole('figure', { name: /Clientes ABC/ });
    await fireEvent.click(within(abc).getByRole('button', { name: 'Ver como tabla' }));
    await fireEvent.click(within(abc).getByRole('button', { name: 'Clase A' }));
    const a = full.customers.filter((c) => c.abc === 'A').length;
    const count = new Intl.NumberFormat('es-ES').format(a);
    expect(screen.getByRole('heading', { name: `Clase A: ${count} clientes` })).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Cerrar la lista' }));
    expect(screen.queryByRole('heading', { name: /^Clase A:/ })).toBeNull();
  });

  it('colours the RFM grid by revenue on request', async () => {
    locale.language = 'en';
    render(DiagnosisCharts, { diagnosis: full, language: 'en', currency: 'EUR' });
    await fireEvent.click(screen.getByRole('radio', { name: 'Revenue' }));
    expect(screen.getByRole('heading', { name: 'RFM grid: revenue by recency and frequency' })).toBeInTheDocument();
    locale.language = 'es';
  });
});
