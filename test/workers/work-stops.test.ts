import { describe, expect, it } from 'vitest';
import { letMessagesIn, runThrough, StoppedError, WorkStops } from '../../src/workers/work-stops';

/** Three parts; `done` lists the parts that actually ran. */
function* parts(done: string[]): Generator<string, string, void> {
  for (const part of ['a', 'b', 'c']) {
    yield part;
    done.push(part);
  }
  return 'finished';
}

/** A pause the test releases by hand: what the worker does between two parts. */
function manualPause() {
  const waiting: (() => void)[] = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    release: async () => {
      waiting.shift()?.();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

describe('WorkStops', () => {
  it('runs every part, telling each as it starts, when nothing stops it', async () => {
    const done: string[] = [];
    const told: string[] = [];
    const stops = new WorkStops(letMessagesIn);
    await expect(stops.run(1, parts(done), (part) => told.push(part))).resolves.toBe('finished');
    expect(told).toEqual(['a', 'b', 'c']);
    expect(done).toEqual(['a', 'b', 'c']);
  });

  it('ends a stopped request before its next part starts', async () => {
    const done: string[] = [];
    const { pause, release } = manualPause();
    const stops = new WorkStops(pause);
    const told: string[] = [];
    const running = stops.run(7, parts(done), (part) => told.push(part));
    await release();
    expect(done).toEqual(['a']);
    stops.stop([7]);
    await release();
    await expect(running).rejects.toBeInstanceOf(StoppedError);
    expect(done).toEqual(['a']);
    expect(told).toEqual(['a']);
  });

  it('stops only the requests named, and forgets a stop for one that already ended', async () => {
    const stops = new WorkStops(letMessagesIn);
    await stops.run(1, parts([]));
    stops.stop([1]);
    await expect(stops.run(1, parts([]))).resolves.toBe('finished');

    const { pause, release } = manualPause();
    const paused = new WorkStops(pause);
    const kept: string[] = [];
    const first = paused.run(2, parts([]));
    const second = paused.run(3, parts(kept));
    paused.stop([2]);
    for (let k = 0; k < 6; k++) await release();
    await expect(first).rejects.toBeInstanceOf(StoppedError);
    await expect(second).resolves.toBe('finished');
    expect(kept).toEqual(['a', 'b', 'c']);
  });

  it('tells awaited work it is stopped, and ends it then, however it returns', async () => {
    const stops = new WorkStops(letMessagesIn);
    const seen: boolean[] = [];
    let release = () => {};
    const running = stops.watch(3, async (stopped) => {
      seen.push(stopped());
      await new Promise<void>((resolve) => (release = resolve));
      seen.push(stopped());
      return 'read';
    });
    stops.stop([3]);
    release();
    await expect(running).rejects.toBeInstanceOf(StoppedError);
    expect(seen).toEqual([false, true]);
    await expect(stops.watch(3, async (stopped) => (stopped() ? 'stopped' : 'read'))).resolves.toBe('read');
  });

  it('runs straight through where nothing can stop it', () => {
    const told: string[] = [];
    expect(runThrough(parts([]), (part) => told.push(part))).toBe('finished');
    expect(told).toEqual(['a', 'b', 'c']);
  });
});
