import { describe, expect, it } from 'vitest';
import { drawInTurn } from '../../src/components/draw-in-turn';

describe('drawInTurn', () => {
  it('draws one chart at a time, in the order asked, each after the one before has finished', async () => {
    const log: string[] = [];
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const first = drawInTurn(async () => {
      log.push('first starts');
      await held;
      log.push('first ends');
    });
    const second = drawInTurn(() => void log.push('second'));
    const third = drawInTurn(() => void log.push('third'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toEqual(['first starts']);
    release();
    await Promise.all([first, second, third]);
    expect(log).toEqual(['first starts', 'first ends', 'second', 'third']);
  });

  it('goes on with the next chart when one fails, and says which failed', async () => {
    const drawn: string[] = [];
    const failing = drawInTurn(() => {
      throw new Error('no canvas');
    });
    const next = drawInTurn(() => void drawn.push('next'));
    await expect(failing).rejects.toThrow('no canvas');
    await next;
    expect(drawn).toEqual(['next']);
  });
});
