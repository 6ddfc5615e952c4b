import { describe, expect, it } from 'vitest';
import type { CleaningLogEntry } from '../../../src/domain/quality/cleaning-log';
import { cleaningFunnel, funnelFigures } from '../../../src/domain/quality/funnel';

const entry = (id: number, stage: CleaningLogEntry['stage'], rows: number, recordsDelta: number, undoes?: number): CleaningLogEntry => ({
  id, at: '2025-06-01T10:00:00.000Z', stage, action: undoes === undefined ? 'edit' : 'undo', rows, cells: rows, recordsDelta, undoes,
});

describe('cleaningFunnel', () => {
  it('counts records at each stage from the initial count and the log', () => {
    const log = [
      entry(1, 'normalised', 120, 0),
      entry(2, 'normalised', 30, 0),
      entry(3, 'deduplicated', 50, -25),
      entry(4, 'deduplicated', 4, -2),
      entry(5, 'enriched', 10, 0),
      entry(6, 'final', 3, -3),
    ];
    expect(cleaningFunnel(1000, log)).toEqual([
      { stage: 'initial', records: 1000, rowsChanged: 0 },
      { stage: 'normalised', records: 1000, rowsChanged: 150 },
      { stage: 'deduplicated', records: 973, rowsChanged: 54 },
      { stage: 'enriched', records: 973, rowsChanged: 10 },
      { stage: 'final', records: 970, rowsChanged: 3 },
    ]);
  });

  it('ignores undone entries and their undos', () => {
    const log = [entry(1, 'deduplicated', 10, -5), entry(2, 'deduplicated', 4, -2), entry(3, 'deduplicated', 4, 2, 2)];
    expect(cleaningFunnel(100, log).map((s) => s.records)).toEqual([100, 100, 95, 95, 95]);
  });

  it('keeps the initial count everywhere with an empty log', () => {
    expect(cleaningFunnel(7, []).map((s) => s.records)).toEqual([7, 7, 7, 7, 7]);
    expect(cleaningFunnel(0, []).map((s) => s.records)).toEqual([0, 0, 0, 0, 0]);
  });
});

describe('funnelFigures', () => {
  it('gives the metric ids of the funnel', () => {
    const funnel = cleaningFunnel(1000, [entry(1, 'normalised', 120, 0), entry(2, 'deduplicated', 50, -25)]);
    expect(funnelFigures(funnel, 21)).toEqual({ records_initial: 1000, rows_normalised: 120, records_final: 975, duplicates: 21 });
    expect(funnelFigures(funnel)).not.toHaveProperty('duplicates');
  });
});
