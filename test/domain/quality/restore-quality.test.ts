import { describe, expect, it } from 'vitest';
import { restoreQuality } from '../../../src/domain/quality/restore-quality';

const AT = '2025-06-01T10:00:00.000Z';
const entry = { id: 1, at: AT, stage: 'normalised', action: 'normalise', rows: 3, cells: 4, recordsDelta: 0, detail: { spaces: 3, email: 1 } };

describe('restoreQuality', () => {
  it('keeps a stored log as it was', () => {
    const log = [entry, { id: 2, at: AT, stage: 'deduplicated', action: 'merge', rows: 2, cells: 1, recordsDelta: -1, detail: { groups: 1 } },
      { id: 3, at: AT, stage: 'deduplicated', action: 'undo', rows: 2, cells: 1, recordsDelta: 1, undoes: 2 },
      { id: 4, at: AT, stage: 'enriched', action: 'enrich', rows: 1, cells: 1, recordsDelta: 0, column: 'email', detail: { line: 6 } }];
    expect(restoreQuality({ log })).toEqual({ log });
  });

  it.each([undefined, null, 'log', { log: 'x' }, []])('gives an empty log for %j', (raw) => {
    expect(restoreQuality(raw)).toEqual({ log: [] });
  });

  it('drops entries that are not well formed, or whose id does not increase, and unknown keys', () => {
    const restored = restoreQuality({
      log: [
        { ...entry, extra: 'x' },
        { ...entry, id: 1 },
        { ...entry, id: 2, stage: 'initial' },
        { ...entry, id: 3, action: 'shout' },
        { ...entry, id: 4, rows: -1 },
        { ...entry, id: 5, cells: '4' },
        { ...entry, id: 6, detail: { spaces: [3] } },
        { ...entry, id: 7, recordsDelta: -2, stage: 'deduplicated', action: 'merge' },
      ],
      other: true,
    });
    expect(restored.log).toEqual([entry, { ...entry, id: 7, recordsDelta: -2, stage: 'deduplicated', action: 'merge' }]);
  });
});
