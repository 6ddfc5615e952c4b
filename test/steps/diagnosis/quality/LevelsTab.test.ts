import { render, screen } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import { locale } from '../../../../src/i18n/locale.svelte';
import { dataLevels } from '../../../../src/domain/quality/data-levels';
import type { QualityOverview } from '../../../../src/workers/quality-protocol';
import LevelsTab from '../../../../src/steps/diagnosis/quality/LevelsTab.svelte';
import { customerTable } from '../../../domain/quality/table';

function overview(fields: Parameters<typeof customerTable>[0], rows: string[][]): QualityOverview {
  const table = customerTable(fields, rows);
  const report = dataLevels(table, new Set());
  return {
    base: 'initial', recordsInitial: rows.length, records: rows.length, country: 'ES', header: [...table.header], mapping: { ...table.mapping },
    profile: [], levels: { counts: report.counts, atLeast: report.atLeast, lift: report.lift },
    duplicates: { groups: 0, rows: 0, skipped: [] }, funnel: [], figures: {}, skipped: [], timings: { profile: 0, levels: 0, duplicates: 0 },
  };
}

describe('LevelsTab', () => {
  beforeEach(() => {
    locale.language = 'es';
  });

  it('says which column would lift a level at 0 %', () => {
    render(LevelsTab, { overview: overview(['id', 'fullName', 'email', 'phone'], [['C1', 'Ana García', 'ana@example.com', '612345678']]), language: 'es' });
    expect(document.querySelector('[data-level-zero="1"]')?.textContent).toBe(
      'Nadie llega a este nivel porque el archivo de clientes no tiene una columna de dirección ni una columna de localidad o código postal: añade esas columnas para subirlo.',
    );
    expect(document.querySelectorAll('[data-level-zero]')).toHaveLength(5);
  });

  it('names the empty column when the file has it', () => {
    render(LevelsTab, { overview: overview(['id', 'fullName', 'address', 'city'], [['C1', 'Ana García', '', 'Madrid']]), language: 'es' });
    expect(screen.getAllByText(/porque «address» está vacía o no es válida en todas las filas/).length).toBeGreaterThan(0);
  });
});
