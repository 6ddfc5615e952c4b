import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../../../src/i18n/locale.svelte';
import { QualityEngine } from '../../../../src/workers/quality-engine';
import { dirtyTable } from '../../../workers/dirty-list';
import QualityHarness from './QualityHarness.svelte';

beforeEach(() => {
  locale.language = 'es';
});

async function open() {
  const engine = new QualityEngine(() => '2025-06-01T10:00:00.000Z');
  const data = { customers: dirtyTable(), transactions: null };
  const stored = { records: [] as unknown[], logs: [] as unknown[][] };
  render(QualityHarness, { engine, data, stored: stored as never });
  await screen.findByText(/El diagnóstico usa la base inicial: 7 registros/);
  return { engine, data, stored, city: () => engine.customers(data)!.rows.map((row) => row[5]) };
}

const tab = (name: RegExp) => fireEvent.click(screen.getByRole('tab', { name }));

describe('QualityPanel, duplicates', () => {
  it('merges a group with the values chosen, says so, and undoes it', async () => {
    const { engine, data, stored } = await open();
    await tab(/^Duplicados/);
    const group = await screen.findByRole('article', { name: 'Filas 2, 3' });
    expect(screen.getByText('2 grupos de posibles duplicados (4 registros)')).toHaveAttribute('data-metric', 'duplicates');
    // keep the town as row 3 wrote it, whatever the proposal says
    await fireEvent.click(within(group).getByRole('radio', { name: 'city: quedarse con «madrid »' }));
    await fireEvent.click(within(group).getByRole('button', { name: 'Fusionar 2 registros en uno' }));

    await screen.findByText('El diagnóstico usa la base depurada: 6 registros (7 en la base inicial).');
    expect(screen.getByText('1 grupo de posibles duplicados (2 registros)')).toHaveAttribute('data-value', '1');
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Filas 2, 3' })).toBeNull());
    expect(engine.customers(data)!.rows[0]).toEqual(['C1', 'María José Núñez Peña', 'mj.nunez@correo.es', '612 345 678', 'C/ Mayor 5', 'madrid ', '28013', 'M', 'Tarjeta']);
    expect(stored.logs.at(-1)).toEqual([expect.objectContaining({ action: 'merge', recordsDelta: -1 })]);

    const done = screen.getByText('Fusionadas las filas 2, 3.');
    await fireEvent.click(within(done).getByRole('button', { name: 'Deshacer' }));
    await screen.findByRole('article', { name: 'Filas 2, 3' });
    await screen.findByText('El diagnóstico usa la base inicial: 7 registros tal como se importaron.');
    expect(engine.customers(data)!.rows).toEqual(data.customers.rows);
    expect(stored.logs.at(-1)).toEqual([
      expect.objectContaining({ id: 1, action: 'merge' }),
      expect.objectContaining({ id: 2, action: 'undo', undoes: 1 }),
    ]);
    expect((stored.records.at(-1) as { ops: { kind: string }[] }).ops.map((op) => op.kind)).toEqual(['merge', 'undo']);
  });

  it('does not merge a record alone; two records said to be two people both stay, and the group goes', async () => {
    const { engine, data } = await open();
    await tab(/^Duplicados/);
    const group = await screen.findByRole('article', { name: 'Filas 5, 7' });
    await fireEvent.click(within(group).getByRole('checkbox', { name: 'Fusionar la fila 7' }));
    expect(within(group).getByRole('button', { name: 'Fusionar 1 registros en uno' })).toBeDisabled();
    await fireEvent.click(within(group).getByRole('button', { name: 'No son la misma persona' }));
    await waitFor(() => expect(screen.queryByRole('article', { name: 'Filas 5, 7' })).toBeNull());
    expect(engine.customers(data)!.rows).toHaveLength(7);
  });
});

describe('QualityPanel, variants', () => {
  it('applies a cluster with one spelling taken out: that spelling stays as it was', async () => {
    const { city } = await open();
    await tab(/^Variantes/);
    expect(screen.getByRole('combobox', { name: 'Columna' })).toHaveDisplayValue('city');
    await fireEvent.click(screen.getByRole('button', { name: 'Buscar variantes' }));
    const cluster = await screen.findByRole('article', { name: '«Madrid» (5 filas)' });
    expect(within(cluster).getByRole('button', { name: 'Aplicar a 2 filas' })).toBeEnabled();
    await fireEvent.click(within(cluster).getByRole('checkbox', { name: 'Incluir «madrid » en el grupo' }));
    await fireEvent.click(within(cluster).getByRole('button', { name: 'Aplicar a 1 fila' }));
    await screen.findByText('«Madrid» escrito en 1 fila.');
    expect(city()).toEqual(['Madrid', 'madrid ', 'Bilbao', 'Madrid', 'Sevilla', 'Madrid', 'Madrid']);
    // the spelling left out still differs: the cluster is found again, with only it and «Madrid»
    await waitFor(() => {
      const again = screen.getByRole('article', { name: '«Madrid» (5 filas)' });
      expect(within(again).getAllByRole('checkbox').map((box) => box.getAttribute('aria-label'))).toEqual(['Incluir «Madrid» en el grupo', 'Incluir «madrid » en el grupo']);
    });
  });
});

describe('QualityPanel, profile, levels and funnel', () => {
  it('lists the rows behind a problem and fixes one, at the enrichment stage', async () => {
    const { engine, data, stored } = await open();
    const email = screen.getByRole('row', { name: /^email/ });
    await fireEvent.click(within(email).getByRole('button', { name: '1 no válida' }));
    const rows = await screen.findByRole('region', { name: 'Filas con «email» no válida (1)' });
    const fix = within(rows).getByRole('textbox', { name: 'Nuevo valor para la fila 4' });
    await fireEvent.input(fix, { target: { value: 'inigo@correo.es' } });
    await fireEvent.click(within(rows).getByRole('button', { name: 'Guardar' }));
    await within(await screen.findByRole('region', { name: 'Filas con «email» no válida (0)' })).findByText('No queda ninguna.');
    expect(engine.customers(data)!.rows[2][2]).toBe('inigo@correo.es');
    expect(stored.logs.at(-1)).toEqual([expect.objectContaining({ stage: 'enriched', action: 'edit', column: 'email', detail: { line: 4 } })]);
  });

  it('shows each data level with what it enables and its figure', async () => {
    await open();
    await tab(/^Niveles de datos/);
    const level1 = screen.getByRole('row', { name: /^Nivel 1/ });
    expect(within(level1).getByText('Mailing')).toBeInTheDocument();
    // six of seven rows have a name, an address and a town or postal code (line 6 has no address)
    expect(within(level1).getByText('6')).toHaveAttribute('data-metric', 'data_level_1');
    expect(screen.getByRole('region', { name: 'Nivel 1 · Mailing' })).toHaveTextContent('dirección — falta en 1 cliente (en «address»)');
  });

  it('shows the funnel from the initial to the final base, and the log with its undo', async () => {
    await open();
    await tab(/^Duplicados/);
    const group = await screen.findByRole('article', { name: 'Filas 2, 3' });
    await fireEvent.click(within(group).getByRole('button', { name: 'Fusionar 2 registros en uno' }));
    await screen.findByText(/base depurada: 6 registros/);
    await tab(/^Embudo/);
    const figure = (id: string) => Number(document.querySelector(`[data-metric="${id}"]`)?.getAttribute('data-value'));
    expect([figure('records_initial'), figure('rows_normalised'), figure('duplicates'), figure('records_final')]).toEqual([7, 0, 1, 6]);
    expect(screen.getByRole('row', { name: /^Desduplicación/ })).toHaveTextContent('1 registro menos por fusión');
    await fireEvent.click(screen.getByRole('button', { name: 'Deshacer el cambio 1' }));
    await waitFor(() => expect(figure('records_final')).toBe(7));
    expect(screen.getByRole('row', { name: /^1 / })).toHaveTextContent('deshecho');
  });
});
