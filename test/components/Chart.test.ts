import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Chart from '../../src/components/Chart.svelte';
import type { BuiltChart } from '../../src/charts/chart-types';
import { locale } from '../../src/i18n/locale.svelte';

/** A stand-in for ECharts: jsdom has no canvas. Records what the component asks of it. */
const fake = vi.hoisted(() => {
  const state = {
    options: [] as unknown[],
    handlers: new Map<string, (params: unknown) => void>(),
    disposed: 0,
    /** Charts cleared while not yet disposed: a progressive paint left running would read the freed painter. */
    clearedFirst: 0,
  };
  const init = () => ({
    getZr: () => ({ animation: { pause: () => {}, resume: () => {} } }),
    setOption: (option: unknown) => state.options.push(option),
    on: (event: string, handler: (params: unknown) => void) => state.handlers.set(event, handler),
    resize: () => {},
    clear: () => state.clearedFirst++,
    isDisposed: () => false,
    dispose: () => state.disposed++,
  });
  return { state, init };
});
vi.mock('../../src/charts/echarts-setup', () => ({ init: fake.init }));

type Pick = { level: string };
const chart: BuiltChart<Pick> = {
  id: 'demo',
  option: { series: [{ type: 'bar', data: [3, 1] }] },
  title: 'Pirámide de clientes',
  reading: 'Sigue activo el 75 %.',
  units: 'Personas',
  table: {
    columns: ['Nivel', 'Personas'],
    rows: [
      ['Activos', { text: '3', value: 3, metric: 'pyramid_active' }],
      ['Inactivos', { text: '1', value: 1, metric: 'pyramid_inactive' }],
    ],
    selections: [{ level: 'active' }, null],
  },
  select: (click) => (click.dataIndex === 0 ? { level: 'active' } : null),
};

describe('Chart', () => {
  beforeEach(() => {
    fake.state.handlers.clear();
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({ measureText: () => ({ width: 1 }) } as unknown as CanvasRenderingContext2D);
  });
  afterEach(() => vi.restoreAllMocks());

  it('says the chart could not be drawn, and keeps the table, where the browser gives no canvas', async () => {
    locale.language = 'es';
    vi.mocked(HTMLCanvasElement.prototype.getContext).mockReturnValue(null);
    const before = fake.state.options.length;
    render(Chart, { chart });
    expect(screen.getByText(/No se ha podido dibujar el gráfico/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Descargar PNG' })).toBeDisabled();
    await fireEvent.click(screen.getByRole('button', { name: 'Ver como tabla' }));
    expect(screen.getByRole('table', { name: 'Pirámide de clientes (Personas)' })).toBeInTheDocument();
    expect(fake.state.options.length).toBe(before);
  });

  it('shows title and reading, hands ECharts the option (on screen without the entry animation), and disposes it on unmount', async () => {
    locale.language = 'es';
    const { unmount } = render(Chart, { chart });
    expect(screen.getByRole('heading', { name: 'Pirámide de clientes' })).toBeInTheDocument();
    expect(screen.getByText('Sigue activo el 75 %.')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Pirámide de clientes. Sigue activo el 75 %.' })).toBeInTheDocument();
    await waitFor(() => expect(fake.state.options.at(-1)).toEqual({ ...chart.option, animation: false }));
    const before = fake.state.disposed;
    unmount();
    expect(fake.state.disposed).toBe(before + 1);
    expect(fake.state.clearedFirst).toBe(fake.state.disposed);
  });

  it('switches to an accessible table with caption, column and row headers and figure ids', async () => {
    locale.language = 'es';
    render(Chart, { chart });
    expect(screen.queryByRole('table')).toBeNull();
    const toggle = screen.getByRole('button', { name: 'Ver como tabla' });
    await fireEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(toggle).toHaveTextContent('Ver como gráfico');
    const table = screen.getByRole('table', { name: 'Pirámide de clientes (Personas)' });
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Nivel', 'Personas']);
    expect(headers.every((h) => h.getAttribute('scope') === 'col')).toBe(true);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => h.textContent?.trim())).toEqual(['Activos', 'Inactivos']);
    const cell = table.querySelector('[data-metric="pyramid_active"]');
    expect(cell).toHaveAttribute('data-value', '3');
    expect(cell).toHaveTextContent('3');
  });

  it('speaks English when the interface does', async () => {
    locale.language = 'en';
    render(Chart, { chart });
    expect(screen.getByRole('button', { name: 'View as table' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Download “Pirámide de clientes”' })).toBeInTheDocument();
    locale.language = 'es';
  });

  it('calls onselect for a chart click that selects, and for a row header in the table', async () => {
    locale.language = 'es';
    const onselect = vi.fn();
    render(Chart, { chart, onselect });
    await waitFor(() => expect(fake.state.handlers.has('click')).toBe(true));
    fake.state.handlers.get('click')!({ componentType: 'series', seriesIndex: 1, dataIndex: 1 });
    expect(onselect).not.toHaveBeenCalled();
    fake.state.handlers.get('click')!({ componentType: 'series', seriesIndex: 1, dataIndex: 0 });
    expect(onselect).toHaveBeenCalledWith({ level: 'active' });
    await fireEvent.click(screen.getByRole('button', { name: 'Ver como tabla' }));
    expect(screen.queryByRole('button', { name: 'Inactivos' })).toBeNull();
    await fireEvent.click(screen.getByRole('button', { name: 'Activos' }));
    expect(onselect).toHaveBeenCalledTimes(2);
  });
});
