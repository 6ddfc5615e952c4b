/**
 * Charts on screen are drawn one at a time, each in a task of its own and each painted in a
 * frame of its own, so that a step full of charts never blocks the page for long: nine charts
 * of 50,000 customers drawn together kept the main thread busy for 150 ms and more at a stretch.
 */

/** Longest wait for a frame: a hidden tab gets none, and the charts after it must not wait for ever. */
const FRAME_WAIT_MS = 200;

type SchedulerWithYield = { yield?: () => Promise<void> };

/** Gives the page back to the browser (input, rendering) before going on. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerWithYield }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Resolves once the next frame has been painted (or after FRAME_WAIT_MS when no frame comes). */
function afterNextFrame(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return yieldToPage();
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, FRAME_WAIT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timer);
      // The frame's own rendering runs after its callbacks: the next chart starts in a later task.
      setTimeout(resolve, 0);
    });
  });
}

let queue: Promise<void> = Promise.resolve();

/**
 * Runs `draw` after every chart queued before it has been drawn and painted, in a task of its
 * own; the next chart waits until `draw` is done and the frame that paints it is over. A draw
 * that fails does not stop the others.
 */
export function drawInTurn(draw: () => void | Promise<void>): Promise<void> {
  const turn = queue.then(yieldToPage).then(draw);
  queue = turn.then(afterNextFrame, afterNextFrame);
  return turn;
}
