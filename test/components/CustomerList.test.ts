import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import CustomerList from '../../src/components/CustomerList.svelte';
import { locale } from '../../src/i18n/locale.svelte';
import { customer, syntheticDiagnosis } from '../charts/fixtures';

const downloads = vi.hoisted(() => [] as { content: unknown; name: string; type: string }[]);
vi.mock('../../src/components/download', async (original) => ({
  ...(await original<typeof import('../../src/components/download')>()),
  download: (content: unknown, name: string, type: string) => downloads.push({ content, name, type }),
}));

// jsdom has no layout: Svelte's bind:clientHeight needs a ResizeObserver, which never fires here.
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    unobserve() {}
    disconnect() {}
  },
);

const big = syntheticDiagnosis(50_000).customers;
const bodyRows = () => screen.getAllByRole('row').filter((r) => r.getAttribute('aria-rowindex') !== '1' && r.hasAttribute('aria-rowindex'));

describe('CustomerList', () => {
  it('says which selection it shows and how many customers', () => {
    locale.language = 'es';
    render(CustomerList, { customers: big, name: 'Segmento «Campeones»', language: 'es', currency: 'EUR' });
    expect(screen.getByRole('heading', { name: 'Segmento «Campeones»: 50.000 clientes' })).toBeInTheDocument();
  });

  it('renders only the rows in view out of 50,000, and others as it scrolls', async () => {
    locale.language = 'es';
    render(CustomerList, { customers: big, name: 'Todos', language: 'es', currency: 'EUR' });
    expect(screen.getByRole('table')).toHaveAttribute('aria-rowcount', '50001');
    const first = bodyRows();
    expect(first.length).toBeGreaterThan(5);
    expect(first.length).toBeLessThan(60);
    expect(within(first[0]).getByRole('rowheader')).toHaveTextContent('C1');

    const viewport = screen.getByRole('region', { name: /Todos/ });
    viewport.scrollTop = 36 * 30_000;
    await fireEvent.scroll(viewport);
    const later = bodyRows();
    expect(later.length).toBeLessThan(60);
    const indices = later.map((r) => Number(r.getAttribute('aria-rowindex')));
    expect(indices).toContain(30_002);
    expect(screen.queryByRole('rowheader', { name: 'C1' })).toBeNull();
  });

  it('sorts by a column header button and says so with aria-sort', async () => {
    locale.language = 'en';
    const few = [customer('a', { revenue: 5 }), customer('b', { revenue: 50 }), customer('c', { revenue: 20 })];
    render(CustomerList, { customers: few, name: 'Class A', language: 'en', currency: 'EUR' });
    const header = screen.getByRole('columnheader', { name: /Revenue \(all history\)/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    const ids = () => screen.getAllByRole('rowheader').map((h) => h.textContent);
    expect(ids()).toEqual(['a', 'b', 'c']);
    await fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(ids()).toEqual(['b', 'c', 'a']);
    await fireEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(ids()).toEqual(['a', 'c', 'b']);
    expect(screen.getByRole('columnheader', { name: /Customer/ })).toHaveAttribute('aria-sort', 'none');
    locale.language = 'es';
  });

  it('exports the list, as sorted, to CSV for a campaign', async () => {
    locale.language = 'es';
    const few = [customer('=a', { revenue: 5.5 }), customer('b', { revenue: 50 })];
    render(CustomerList, { customers: few, name: 'Nivel «Activos»', language: 'es', currency: 'EUR' });
    await fireEvent.click(within(screen.getByRole('columnheader', { name: /Ingresos \(histórico\)/ })).getByRole('button'));
    await fireEvent.click(screen.getByRole('button', { name: 'Exportar CSV (hoja de cálculo)' }));
    const file = downloads.at(-1)!;
    expect(file.name).toBe('clientes Nivel «Activos».csv');
    expect(file.type).toMatch(/^text\/csv/);
    const lines = String(file.content).split('\r\n');
    expect(lines[0].startsWith('\uFEFFCliente;Nivel;')).toBe(true);
    expect(lines[1].startsWith('b;')).toBe(true);
    expect(lines[2].startsWith("'=a;")).toBe(true);
    expect(lines[2]).toContain(';5,5;');
  });

  it('says so when the selection is empty', () => {
    locale.language = 'en';
    render(CustomerList, { customers: [], name: 'Class C', language: 'en', currency: 'EUR' });
    expect(screen.getByText('No customers in this selection.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Class C: 0 customers' })).toBeInTheDocument();
    locale.language = 'es';
  });
});
