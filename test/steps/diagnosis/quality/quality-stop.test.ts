import { describe, expect, it, vi } from 'vitest';
import { QualityState, type QualityBackend } from '../../../../src/steps/diagnosis/quality/quality-state.svelte';
import { CancelledError } from '../../../../src/workers/diagnosis-client';
import { QualityEngine } from '../../../../src/workers/quality-engine';
import { dirtyTable } from '../../../workers/dirty-list';

/** A backend whose first overview waits until stopped; later requests the engine answers. */
function stoppableBackend() {
  const engine = new QualityEngine(() => '2025-06-01T10:00:00.000Z');
  const data = { customers: dirtyTable(), transactions: null };
  let waiting: ((error: Error) => void) | null = null;
  let overviews = 0;
  const backend: QualityBackend = {
    request: (body) => {
      if (body.type === 'overview' && overviews++ === 0) return new Promise((_, reject) => (waiting = reject));
      return Promise.resolve(structuredClone(engine.answer(body, data)) as never);
    },
    stop: vi.fn(() => waiting?.(new CancelledError())),
  };
  return backend;
}

describe('QualityState, stopped', () => {
  it('says the review was cancelled, keeps nothing half-done, and reviews again when asked', async () => {
    const backend = stoppableBackend();
    const saved: unknown[] = [];
    const quality = new QualityState(backend, { save: async (record) => (saved.push(record), 'saved'), writeLog: () => {} }, { record: null, previous: null, log: [] });
    const first = quality.sync(1);
    expect(quality.reviewing).toBe(1);
    quality.stop();
    await first;
    expect(backend.stop).toHaveBeenCalledOnce();
    expect(quality.problem).toBe('stopped');
    expect(quality.reviewing).toBe(0);
    expect(quality.busy).toBe(false);
    expect(quality.overview).toBeNull();
    expect(saved).toEqual([]);

    await quality.refresh();
    expect(quality.problem).toBeNull();
    expect(quality.overview?.records).toBe(7);
  });

  it('tells a worker failure apart from a cancel', async () => {
    const backend: QualityBackend = { request: () => Promise.reject(new Error('worker died')) };
    const quality = new QualityState(backend, { save: async () => 'saved', writeLog: () => {} }, { record: null, previous: null, log: [] });
    await quality.sync(1);
    expect(quality.problem).toBe('worker');
  });
});
