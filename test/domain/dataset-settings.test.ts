import { describe, expect, it } from 'vitest';
import { restoreDatasetSettings } from '../../src/domain/dataset-settings';

describe('restoreDatasetSettings', () => {
  it('reads back what a confirmed import stores', () => {
    const stored = {
      options: { today: 20000, language: 'es', delimiter: ';', mapping: { customers: { id: 0, email: 1 } } },
      counts: { rows: 120, used: 118, rejected: 2, blankLines: 0 },
      header: ['id', 'correo'],
    };
    expect(restoreDatasetSettings(structuredClone(stored))).toEqual(stored);
  });

  it('keeps a cleaning and settings it does not know as they were', () => {
    const cleaning = { version: 1, ops: [{ id: 1 }] };
    expect(restoreDatasetSettings({ cleaning, previousCleaning: 'x', delimiter: ';' })).toEqual({ cleaning, previousCleaning: 'x', delimiter: ';' });
  });

  it.each([null, 'settings', 12, ['header']])('reads %j as no settings', (raw) => {
    expect(restoreDatasetSettings(raw)).toEqual({});
  });

  it('drops what is not a column number, a count or header text', () => {
    const restored = restoreDatasetSettings({
      options: { today: 20000, mapping: { customers: { id: -1, email: 1.5, phone: '2', name: 3, city: undefined } } },
      counts: { rows: '12', used: 10 },
      header: ['id', 7, null],
    });
    expect(restored).toEqual({ options: { today: 20000, mapping: { customers: { name: 3 } } }, counts: { used: 10 }, header: ['id', '7', ''] });
    expect(restoreDatasetSettings({ options: 'x', counts: [] })).toEqual({});
  });
});
