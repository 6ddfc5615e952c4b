import { describe, expect, it } from 'vitest';
import { restoreDatasetSettings } from '../../src/domain/dataset-settings';
import { reportDataset } from '../../src/report/report-datasets';

/** A dataset with these settings, read back as storage reads them. */
const stored = (settings: Record<string, unknown>) => ({ kind: 'customers' as const, fileName: 'clientes.csv', importedAt: '2026-01-10T09:00:00Z', settings: restoreDatasetSettings(settings) });

describe('reportDataset', () => {
  it('reads the header, the mapping of its kind and the rows read, as the diagnosis stores them', () => {
    const dataset = reportDataset(stored({
      header: ['id', 'correo', 'notas'],
      options: { mapping: { customers: { id: 0, email: 1 }, transactions: { amount: 2 } } },
      counts: { rows: 120, used: 118, rejected: 2 },
    }));
    expect(dataset).toEqual({
      kind: 'customers', fileName: 'clientes.csv', importedAt: '2026-01-10T09:00:00Z',
      header: ['id', 'correo', 'notas'], mapping: { id: 0, email: 1 }, rows: 120,
    });
  });

  it.each([
    ['empty settings', {}],
    ['settings of the wrong types', { header: 'id;correo', options: { mapping: 'x' }, counts: { rows: '12' } }],
    ['indices that are not column numbers', { header: [], options: { mapping: { customers: { id: -1, email: 1.5, phone: '2' } } } }],
  ])('leaves what it cannot read empty (%s)', (_, settings) => {
    const dataset = reportDataset(stored(settings));
    expect(dataset.mapping).toEqual({});
    expect(dataset.rows).toBeNull();
    expect(Array.isArray(dataset.header)).toBe(true);
  });
});
