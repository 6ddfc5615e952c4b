import { describe, expect, it } from 'vitest';
import { needsBackup } from '../../src/domain/backup-nudge';

const now = new Date('2026-11-23T12:00:00Z');

describe('needsBackup', () => {
  it.each([
    ['never backed up, created 8 days ago', { createdAt: '2026-11-15T11:00:00Z', updatedAt: '2026-11-20T00:00:00Z', backedUpAt: null }, true],
    ['never backed up, created 2 days ago', { createdAt: '2026-11-21T11:00:00Z', updatedAt: '2026-11-22T00:00:00Z', backedUpAt: null }, false],
    ['backed up 10 days ago, changed since', { createdAt: '2026-10-01T00:00:00Z', updatedAt: '2026-11-20T00:00:00Z', backedUpAt: '2026-11-13T00:00:00Z' }, true],
    ['backed up 10 days ago, unchanged since', { createdAt: '2026-10-01T00:00:00Z', updatedAt: '2026-11-12T00:00:00Z', backedUpAt: '2026-11-13T00:00:00Z' }, false],
    ['backed up yesterday, changed today', { createdAt: '2026-10-01T00:00:00Z', updatedAt: '2026-11-23T10:00:00Z', backedUpAt: '2026-11-22T10:00:00Z' }, false],
  ])('%s → %s', (_name, plan, expected) => {
    expect(needsBackup(plan, now)).toBe(expected);
  });
});
